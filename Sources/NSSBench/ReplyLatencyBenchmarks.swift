import CPseudoTerminal
import Foundation
import Glibc
import ProcessKit
import Terminal

/// How soon a backend's answer reaches the screen: the wizard's run loop, on a pseudo terminal at
/// 80×24 with its real timings (a wait for keys of 100 ms, a tick every 100 ms), gets a message posted
/// to its inbox as an answer of the backend is; the time from the post to the first byte of the redraw
/// on the terminal is measured. Posts land at random points of the loop's wait, as answers do.
enum ReplyLatencyBenchmarks {
    /// Draws the number of the last answer; redraws only when an answer comes.
    private struct Screen: LoopProgram {
        typealias Message = Int
        var minimumSize = Size(rows: 24, columns: 80)
        var last = 0

        mutating func handle(_ event: LoopEvent<Int>) -> LoopReaction {
            guard case .message(let number) = event else { return .unchanged }
            if number < 0 { return .finish }
            last = number
            return .changed
        }

        func draw(on canvas: Canvas) {
            canvas.put("Respuesta del servicio: \(last)", at: Point(row: 10, column: 20), style: .body)
        }
    }

    /// Measures on threads of their own (the loop waits for keys, the measurement waits for the
    /// terminal's output), never on the caller's.
    static func replyToScreen(samples: Int = 300) async throws -> [Report] {
        try await DedicatedThread.run { Result { try measure(samples: samples) } }.get()
    }

    private static func measure(samples: Int) throws -> [Report] {
        var leader: Int32 = -1, follower: Int32 = -1
        guard pseudo_terminal_open(&leader, &follower, 24, 80) == 0 else { throw BenchmarkFailure("no pseudo terminal") }
        defer { close(follower); close(leader) }
        _ = fcntl(leader, F_SETFL, fcntl(leader, F_GETFL) | O_NONBLOCK)

        let inbox = Inbox<Int>()
        let options = SessionOptions(terminalType: "xterm-256color", environment: ["LANG": "C.UTF-8"],
                                     inputDescriptor: follower, outputDescriptor: follower)
        let finished = DispatchSemaphore(value: 0)
        DedicatedThread.start {
            guard let session = try? TerminalSession(options: options) else { finished.signal(); return }
            var screen = Screen()
            _ = TerminalLoop(tickInterval: .milliseconds(100)).run(&screen, on: session, inbox: inbox)
            session.stop()
            finished.signal()
        }
        drain(leader, for: .milliseconds(500))   // the first frame

        var latencies: [Double] = []
        let clock = ContinuousClock()
        for number in 1...samples {
            drain(leader, for: .zero)
            let posted = clock.now
            inbox.post(number)
            var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 2000) == 1 else { throw BenchmarkFailure("no redraw within 2 s") }
            let elapsed = clock.now - posted
            latencies.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            drain(leader, for: .milliseconds(Int.random(in: 5...40)))   // the rest of the frame, then a pause
        }
        inbox.post(-1)
        finished.wait()   // on the measuring thread of its own (see replyToScreen), never in a task
        let p50 = Measure.percentile(latencies, 50), p99 = Measure.percentile(latencies, 99)
        return [
            Report(name: "terminal: respuesta del servicio → primer byte en pantalla, p50 (\(samples) respuestas)",
                   value: p50, unit: "ms", target: "—", met: true),
            Report(name: "terminal: respuesta del servicio → primer byte en pantalla, p99",
                   value: p99, unit: "ms", target: "< 2 ms", met: p99 < 2),
        ]
    }

    /// Reads and discards what the terminal received, for `duration` (or what is there now).
    private static func drain(_ leader: Int32, for duration: Duration) {
        let end = ContinuousClock.now + duration
        var buffer = [UInt8](repeating: 0, count: 65536)
        repeat {
            var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 5) == 1 { _ = read(leader, &buffer, buffer.count) }
        } while ContinuousClock.now < end
        while read(leader, &buffer, buffer.count) > 0 {}
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

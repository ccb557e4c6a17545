import Glibc
import Testing
@testable import Terminal

extension NcursesTests {
    @Suite struct TerminalLoopTests {
        /// A program that writes down what it is told, runs a test's actions on given ticks,
        /// and finishes when told to or after `ticksLeft` ticks.
        struct Recorder: LoopProgram {
            typealias Message = String
            var minimumSize = Size(rows: 10, columns: 40)
            var events: [String] = []
            var actions: [Int: () -> Void] = [:]
            var tick = 0
            /// Ticks before finishing by itself; the default ends a broken test instead of hanging it.
            var ticksLeft: Int? = 500
            var finishWhen: (String) -> Bool = { _ in false }

            mutating func handle(_ event: LoopEvent<String>) -> LoopReaction {
                let name: String
                switch event {
                case .key(let key): name = "key \(key)"
                case .message(let message): name = "message \(message)"
                case .interrupt: name = "interrupt"
                case .tick:
                    tick += 1
                    actions[tick]?()
                    ticksLeft = ticksLeft.map { $0 - 1 }
                    return ticksLeft == 0 ? .finish : .unchanged
                }
                events.append(name)
                return finishWhen(name) ? .finish : .changed
            }

            func draw(on canvas: Canvas) {
                canvas.put("Eventos: \(events.count)", at: .zero, style: .body)
            }
        }

        private let loop = TerminalLoop(keyTimeoutMilliseconds: 20, tickInterval: .milliseconds(10))

        /// Runs `program` on a fresh pseudo-terminal; `actions` (by tick number) may act on it.
        private func run(_ program: inout Recorder, kiosk: Bool = false, typing: String = "",
                         inbox: Inbox<String> = Inbox(),
                         actions: [Int: (TerminalSession, PseudoTerminal) -> Void] = [:])
            throws -> (LoopOutcome, ScreenSnapshot) {
            let pty = try PseudoTerminal()
            let session = try TerminalSession(options: SessionTests.options(pty, kiosk: kiosk))
            program.actions = actions.mapValues { action in { action(session, pty) } }
            pty.type(typing)
            let outcome = loop.run(&program, on: session, inbox: inbox)
            let screen = session.snapshot()
            session.stop()
            pty.close()
            return (outcome, screen)
        }

        @Test func keysReachTheProgramAndTheScreenIsRedrawn() throws {
            var program = Recorder(ticksLeft: 10)
            let (outcome, screen) = try run(&program, typing: "hola\t")
            #expect(outcome == .finished)
            #expect(program.events == ["key text(\"hola\")", "key tab"])
            #expect(screen.contains("Eventos: 2"))
        }

        @Test func theProgramCanFinishOnAKey() throws {
            var program = Recorder { $0 == "key enter" }
            let (outcome, _) = try run(&program, typing: "a\rb")
            #expect(outcome == .finished)
            #expect(program.events == ["key text(\"a\")", "key enter"])
        }

        @Test func backgroundResultsArriveAsMessages() throws {
            let inbox = Inbox<String>()
            inbox.perform {
                try? await Task.sleep(for: .milliseconds(30))
                return "captcha listo"
            }
            var program = Recorder { $0.hasPrefix("message") }
            let (outcome, _) = try run(&program, inbox: inbox)
            #expect(outcome == .finished)
            #expect(program.events == ["message captcha listo"])
        }

        @Test(arguments: [SIGHUP, SIGTERM, SIGQUIT])
        func aHangUpOrTerminationEndsTheLoop(signal: Int32) throws {
            var program = Recorder()
            let (outcome, _) = try run(&program, actions: [1: { _, _ in kill(getpid(), signal) }])
            #expect(outcome == .signalled(signal))
        }

        @Test func ctrlCAsksTheProgramInsteadOfKilling() throws {
            var program = Recorder { $0 == "interrupt" }
            let (outcome, _) = try run(&program, actions: [1: { _, _ in kill(getpid(), SIGINT) }])
            #expect(outcome == .finished)
            #expect(program.events == ["interrupt"])
        }

        @Test func inKioskModeSIGINTIsIgnoredAndCtrlCIsAKey() throws {
            var program = Recorder { $0 == "key text(\"x\")" }
            let (outcome, _) = try run(&program, kiosk: true, actions: [1: { _, pty in
                kill(getpid(), SIGINT)
                pty.type("\u{03}x")
            }])
            #expect(outcome == .finished)
            #expect(program.events == ["key control(\"C\")", "key text(\"x\")"])
        }

        @Test func ctrlLRedrawsWithoutReachingTheProgram() throws {
            var program = Recorder { $0 == "key enter" }
            let (outcome, _) = try run(&program, typing: "\u{0C}\r")
            #expect(outcome == .finished)
            #expect(program.events == ["key enter"])
        }

        @Test func aWindowTooSmallShowsTheNoticeAndOnlyF10GetsThrough() throws {
            var program = Recorder(minimumSize: .standard, ticksLeft: 15)
            let (outcome, screen) = try run(&program, actions: [
                1: { _, pty in
                    pty.resize(rows: 10, columns: 40)
                    kill(getpid(), SIGWINCH)
                },
                5: { _, pty in pty.type("abc\t\u{1B}[21~") },
            ])
            #expect(outcome == .finished)
            #expect(program.events == ["key function(10)"])
            #expect(screen.size == Size(rows: 10, columns: 40))
            #expect(screen.contains("La ventana es muy pequeña."))
            #expect(screen.contains("40×10"))
        }

        @Test func growingTheWindowBringsTheScreenBack() throws {
            nonisolated(unsafe) var small: ScreenSnapshot?
            var program = Recorder(minimumSize: Size(rows: 20, columns: 60), ticksLeft: 20)
            let (outcome, screen) = try run(&program, actions: [
                1: { _, pty in
                    pty.resize(rows: 10, columns: 40)
                    kill(getpid(), SIGWINCH)
                },
                8: { session, pty in
                    small = session.snapshot()
                    pty.resize(rows: 24, columns: 80)
                    kill(getpid(), SIGWINCH)
                },
                12: { _, pty in pty.type("x") },
            ])
            #expect(outcome == .finished)
            #expect(small?.contains("La ventana es muy pequeña.") == true)
            #expect(screen.size == .standard)
            #expect(screen.contains("Eventos: 1"))
            #expect(!screen.contains("La ventana"))
        }
    }
}

extension NcursesTests.TerminalLoopTests {
    @Test func aTerminalThatGoesAwayEndsTheLoopAsAHangUp() throws {
        var program = Recorder()
        let pty = try PseudoTerminal()
        let session = try TerminalSession(options: NcursesTests.SessionTests.options(pty))
        program.actions = [1: { pty.hangUp() }]
        let outcome = TerminalLoop(keyTimeoutMilliseconds: 20, tickInterval: .milliseconds(10))
            .run(&program, on: session, inbox: Inbox())
        session.stop()
        pty.close()
        #expect(outcome == .signalled(SIGHUP))
    }
}

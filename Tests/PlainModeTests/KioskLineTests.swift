#if canImport(Glibc)
import Glibc
#endif
import NSSCore
@testable import PlainMode
import Synchronization
import Testing
import Wizard

/// The line mode at a kiosk: only the staff PIN leaves it, a wipe clears the screen, and nothing
/// half-typed by one person reaches the next.
@Suite(.hangGuard) struct KioskLineTests {
    static let pin = StaffPINCheck { $0 == "246813" }

    var kiosk: PlainOptions {
        var options = PlainOptions.testing
        options.kiosk = true
        return options
    }

    @Test func onlyTheStaffPINEndsAKioskAndItIsNeverWritten() async {
        let run = await PlainRun.run([Answers.curp, ":personal", "111111", ":salir", "s", "\u{18}", "246813", "nunca se lee"],
                                     options: kiosk, staffPIN: Self.pin)
        #expect(run.transcript.contains("PIN del personal (no se muestra al escribirlo): \n"))
        #expect(run.transcript.contains(PlainSession<FakeBackend>.wrongStaffPIN))
        #expect(run.transcript.contains("Empezamos de nuevo."), ":salir starts over at a kiosk")
        #expect(run.transcript.hasSuffix("Salida del personal: se borraron los datos de este equipo.\n"))
        #expect(!run.transcript.contains("111111") && !run.transcript.contains("246813"))
        #expect(!run.finalState.holdsPersonalData)
        #expect(run.status == 0)
    }

    @Test func ctrlCCtrlZAndCtrlBackslashTypedAsKeysAreNoAnswer() async {
        let run = await PlainRun.run(["\u{03}\u{1A}\u{1C}" + Answers.curp], options: kiosk, staffPIN: Self.pin)
        #expect(run.transcript.contains("CURP válida.\n\nPaso 2 de 9"), "the CURP is read without the control bytes")
    }

    @Test func threeWrongPINsLockTheLineModesStaffExitToo() async {
        let store = KeptLockout()
        let pin = StaffPINCheck(lockoutStore: store.store) { $0 == "246813" }
        let run = await PlainRun.run([":personal", "000000", ":personal", "000001", ":personal", "000002",
                                      ":personal", "246813"], options: kiosk, staffPIN: pin)
        #expect(run.transcript.components(separatedBy: PlainSession<FakeBackend>.lockedStaffExit).count == 3)
        #expect(!run.transcript.contains("Salida del personal:"))
        #expect(!run.transcript.contains("246813"))
        #expect(store.store.load().isLocked(at: .now))
    }

    @Test func everyWipeCallsOnWipe() async {
        let wipes = Mutex(0)
        let session = PlainSession(backend: FakeBackend(), input: ScriptedInput([Answers.curp, ":salir", "s", Answers.curp, ":personal", "246813"]),
                                   output: Transcript(), options: kiosk, staffPIN: Self.pin,
                                   onWipe: { wipes.withLock { $0 += 1 } })
        _ = await session.run()
        #expect(wipes.withLock { $0 } == 2)
    }

    @Test func outsideAKioskThereIsNoStaffExit() async {
        let run = await PlainRun.run([":personal"], staffPIN: Self.pin)
        #expect(run.transcript.contains("No conozco el comando :personal."))
    }

    /// The next person must not read the last one's CURP above their prompt: the screen and the
    /// scrollback are cleared before starting over.
    @Test func aKioskWipeClearsTheScreenBeforeStartingOver() async {
        var options = kiosk
        options.clearsScreenOnWipe = true
        let run = await PlainRun.run([Answers.curp, ":salir", "s"], options: options, staffPIN: Self.pin)
        let clear = String(repeating: "\n", count: Speaker.blankLinesOnClear) + "\u{1B}[H\u{1B}[2J\u{1B}[3J"
        guard let range = run.transcript.range(of: clear) else {
            Issue.record("no clear before starting over")
            return
        }
        #expect(run.transcript[..<range.lowerBound].contains(Answers.curp))
        #expect(run.transcript[range.upperBound...].contains("Saliste del trámite."))
        #expect(!run.transcript[range.upperBound...].contains(Answers.curp))
    }

    /// `--plain --idle 30`, «Juan Car» typed and left: after the wipe the next person's «los» is read
    /// alone, not as «Juan Carlos».
    @Test func halfTypedTextIsDroppedAtTheWipe() async throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let (reading, writing) = (descriptors[0], descriptors[1])
        defer { close(reading) }
        let input = StandardInput(descriptor: reading)
        let lines = Mutex<[String]>([])
        let reader = Task {
            for await line in input.lines() { lines.withLock { $0.append(line) } }
        }
        func send(_ text: String) { _ = Array(text.utf8).withUnsafeBytes { write(writing, $0.baseAddress, $0.count) } }
        send("Juan Car")
        // The person typed and walked away: the reader has long taken «Juan Car» from the pipe into its half
        // line. Wait until the pipe is empty (on a loaded machine the reader thread may start late), then a
        // moment for the reader to file what it read.
        var pending: Int32 = 1
        while ioctl(reading, UInt(FIONREAD), &pending) == 0 && pending > 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: .milliseconds(300))
        input.discardPending()
        send("los\n")
        close(writing)
        await reader.value
        #expect(lines.withLock { $0 } == ["los"])
    }

    @Test func anIdleWipeCallsForThePendingInputToBeDropped() async {
        let transcript = Transcript()
        let input = CountingInput(ConversationInput(steps: [.type(Answers.curp), .waitFor("Empezamos de nuevo.")],
                                                    transcript: transcript))
        var options = kiosk
        options.idleSeconds = 5
        options.idleWarningSeconds = 3
        _ = await PlainRun.run(input, output: transcript, options: options, staffPIN: Self.pin)
        #expect(input.discards.withLock { $0 } >= 1)
    }
}

/// A lockout store in memory, as the file keeps it between runs.
final class KeptLockout: Sendable {
    private let value = Mutex(StaffLockout())
    var store: StaffLockoutStore {
        StaffLockoutStore(load: { self.value.withLock { $0 } }, save: { lockout in self.value.withLock { $0 = lockout } })
    }
}

/// Counts the wipes' calls to drop pending input.
final class CountingInput: LineInput {
    let wrapped: ConversationInput
    let discards = Mutex(0)
    init(_ wrapped: ConversationInput) { self.wrapped = wrapped }
    var echoesTyping: Bool { wrapped.echoesTyping }
    func lines() -> AsyncStream<String> { wrapped.lines() }
    func discardPending() { discards.withLock { $0 += 1 } }
}

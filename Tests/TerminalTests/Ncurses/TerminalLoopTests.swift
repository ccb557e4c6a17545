import Glibc
import Testing
import TestSupport
@testable import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct TerminalLoopTests {
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

        /// Runs `program` on a fresh pseudo-terminal, on a thread of its own (the loop blocks in its
        /// wait for keys); `actions` (by tick number) may act on it.
        private func run(_ program: inout Recorder, kiosk: Bool = false, typing: String = "",
                         inbox: Inbox<String> = Inbox(), loop: TerminalLoop? = nil,
                         actions: [Int: (TerminalSession, PseudoTerminal) -> Void] = [:])
            async throws -> (LoopOutcome, ScreenSnapshot) {
            let loop = loop ?? self.loop
            let (ran, outcome, screen) = try await onOwnThread { [program] in
                var program = program
                let pty = try PseudoTerminal()
                let session = try TerminalSession(options: SessionTests.options(pty, kiosk: kiosk))
                program.actions = actions.mapValues { action in { action(session, pty) } }
                pty.type(typing)
                let outcome = loop.run(&program, on: session, inbox: inbox)
                let screen = session.snapshot()
                session.stop()
                pty.close()
                return (program, outcome, screen)
            }
            program = ran
            return (outcome, screen)
        }

        @Test func keysReachTheProgramAndTheScreenIsRedrawn() async throws {
            var program = Recorder(ticksLeft: 10)
            let (outcome, screen) = try await run(&program, typing: "hola\t")
            #expect(outcome == .finished)
            #expect(program.events == ["key text(\"hola\")", "key tab"])
            #expect(screen.contains("Eventos: 2"))
        }

        @Test func theProgramCanFinishOnAKey() async throws {
            var program = Recorder { $0 == "key enter" }
            let (outcome, _) = try await run(&program, typing: "a\rb")
            #expect(outcome == .finished)
            #expect(program.events == ["key text(\"a\")", "key enter"])
        }

        @Test func backgroundResultsArriveAsMessages() async throws {
            let inbox = Inbox<String>()
            inbox.perform {
                try? await Task.sleep(for: .milliseconds(30))
                return "captcha listo"
            }
            var program = Recorder { $0.hasPrefix("message") }
            let (outcome, _) = try await run(&program, inbox: inbox)
            #expect(outcome == .finished)
            #expect(program.events == ["message captcha listo"])
        }

        @Test(arguments: [SIGHUP, SIGTERM, SIGQUIT])
        func aHangUpOrTerminationEndsTheLoop(signal: Int32) async throws {
            var program = Recorder()
            let (outcome, _) = try await run(&program, actions: [1: { _, _ in kill(getpid(), signal) }])
            #expect(outcome == .signalled(signal))
        }

        @Test func ctrlCAsksTheProgramInsteadOfKilling() async throws {
            var program = Recorder { $0 == "interrupt" }
            let (outcome, _) = try await run(&program, actions: [1: { _, _ in kill(getpid(), SIGINT) }])
            #expect(outcome == .finished)
            #expect(program.events == ["interrupt"])
        }

        @Test func inKioskModeSIGINTIsIgnoredAndCtrlCIsAKey() async throws {
            var program = Recorder { $0 == "key text(\"x\")" }
            let (outcome, _) = try await run(&program, kiosk: true, actions: [1: { _, pty in
                kill(getpid(), SIGINT)
                pty.type("\u{03}x")
            }])
            #expect(outcome == .finished)
            #expect(program.events == ["key control(\"C\")", "key text(\"x\")"])
        }

        @Test func ctrlLRedrawsWithoutReachingTheProgram() async throws {
            var program = Recorder { $0 == "key enter" }
            let (outcome, _) = try await run(&program, typing: "\u{0C}\r")
            #expect(outcome == .finished)
            #expect(program.events == ["key enter"])
        }

        /// What types into a field (text, Retroceso) is kept while the window is too small; Tab, Enter and
        /// the rest would act blind and are dropped; F10 gets through.
        @Test func aWindowTooSmallKeepsWhatIsTypedAndLetsF10Through() async throws {
            var program = Recorder(minimumSize: .standard, ticksLeft: 15)
            let (outcome, screen) = try await run(&program, actions: [
                1: { _, pty in
                    pty.resize(rows: 10, columns: 40)
                    kill(getpid(), SIGWINCH)
                },
                5: { _, pty in pty.type("abc\t\r\u{7F}\u{1B}[21~") },
            ])
            #expect(outcome == .finished)
            #expect(program.events == ["key text(\"abc\")", "key backspace", "key function(10)"])
            #expect(screen.size == Size(rows: 10, columns: 40))
            #expect(screen.contains("La ventana es muy pequeña."))
            #expect(screen.contains("40×10"))
        }

        @Test func growingTheWindowBringsTheScreenBack() async throws {
            nonisolated(unsafe) var small: ScreenSnapshot?
            var program = Recorder(minimumSize: Size(rows: 20, columns: 60), ticksLeft: 20)
            let (outcome, screen) = try await run(&program, actions: [
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
    @Test func aTerminalThatGoesAwayEndsTheLoopAsAHangUp() async throws {
        let outcome = try await onOwnThread {
            var program = Recorder()
            let pty = try PseudoTerminal()
            let session = try TerminalSession(options: NcursesTests.SessionTests.options(pty))
            program.actions = [1: { pty.hangUp() }]
            let outcome = TerminalLoop(keyTimeoutMilliseconds: 20, tickInterval: .milliseconds(10))
                .run(&program, on: session, inbox: Inbox())
            session.stop()
            pty.close()
            return outcome
        }
        #expect(outcome == .signalled(SIGHUP))
    }

    /// A result posted while the loop waits for keys wakes it at once: with a wait of a minute and no
    /// ticks, the message could otherwise only arrive after that minute (past the suite's time limit).
    @Test func aPostedResultWakesTheLoopWithoutWaitingForAKey() async throws {
        let inbox = Inbox<String>()
        let slowLoop = TerminalLoop(keyTimeoutMilliseconds: 60_000, tickInterval: .seconds(3600))
        let poster = Task {
            // Posted from outside the loop's thread once the loop is waiting (a message posted before
            // it waits is taken on its first turn anyway).
            try await Task.sleep(for: .milliseconds(300))
            inbox.post("respuesta")
        }
        var program = Recorder(ticksLeft: nil) { $0.hasPrefix("message") }
        let (outcome, _) = try await run(&program, inbox: inbox, loop: slowLoop)
        try await poster.value
        #expect(outcome == .finished)
        #expect(program.events == ["message respuesta"])
    }
}

import CNcursesw
import CPseudoTerminal
import Glibc
import Testing
import TestSupport
@testable import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct SessionTests {
        static func options(_ pty: PseudoTerminal, term: String? = "xterm-256color",
                            environment: [String: String] = ["LANG": "C.UTF-8"],
                            kiosk: Bool = false, mono: Bool = false) -> SessionOptions {
            SessionOptions(kiosk: kiosk, forceMonochrome: mono, terminalType: term, environment: environment,
                           inputDescriptor: pty.follower, outputDescriptor: pty.follower)
        }

        /// Types `text` on a fresh session's terminal and reads keys until `count` have come or half a
        /// second has passed, on a thread of its own (the reads block).
        static func keys(typing text: String, count: Int, kiosk: Bool = false,
                         environment: [String: String] = ["LANG": "C.UTF-8"]) async throws -> [Key] {
            try await onOwnThread {
                let pty = try PseudoTerminal()
                let session = try TerminalSession(options: Self.options(pty, environment: environment, kiosk: kiosk))
                pty.type(text)
                let keys = Self.keys(session, count: count)
                session.stop()
                pty.close()
                return keys
            }
        }

        /// Reads keys until `count` have come or half a second has passed.
        static func keys(_ session: TerminalSession, count: Int) -> [Key] {
            var keys: [Key] = []
            for _ in 0..<10 where keys.count < count {
                keys = KeyDecoder.coalesce(keys + session.readKeys(timeoutMilliseconds: 50))
            }
            return keys
        }

        @Test func anUnknownTerminalTypeIsATypedErrorAndLeavesTheTerminalAlone() async throws {
            let pty = try PseudoTerminal()
            await #expect(throws: TerminalError.unknownTerminal("nonsense")) {
                try await TerminalSession.open(options: Self.options(pty, term: "nonsense"))
            }
            let output = try await onOwnThread { pty.close(); return pty.output }
            #expect(output.isEmpty)
        }

        @Test func aMissingTermIsATypedError() async throws {
            let pty = try PseudoTerminal()
            await #expect(throws: TerminalError.unknownTerminal(nil)) {
                try await TerminalSession.open(options: Self.options(pty, term: nil, environment: [:]))
            }
            try await onOwnThread { pty.close() }
        }

        @Test func aPipeIsNotATerminal() async throws {
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            defer { ends.forEach { close($0) } }
            let options = SessionOptions(terminalType: "xterm", inputDescriptor: ends[0], outputDescriptor: ends[1])
            await #expect(throws: TerminalError.notATerminal) {
                try await TerminalSession.open(options: options)
            }
        }

        @Test func aTerminalThatCannotMoveTheCursorIsRefused() async throws {
            let pty = try PseudoTerminal()
            await #expect(throws: TerminalError.unsupportedTerminal("dumb")) {
                try await TerminalSession.open(options: Self.options(pty, term: "dumb"))
            }
            try await onOwnThread { pty.close() }
        }

        @Test func errorsAreOneSpanishLine() {
            let errors: [TerminalError] = [.notATerminal, .unknownTerminal(nil), .unknownTerminal("x\u{1B}[2J"),
                                           .unsupportedTerminal("dumb")]
            for error in errors {
                #expect(!error.message.contains("\n"))
                #expect(!error.message.contains("\u{1B}"))
            }
            #expect(TerminalError.unknownTerminal("nonsense").message
                == "Terminal «nonsense» desconocida; prueba TERM=xterm-256color.")
        }

        @Test func keysArriveDecodedThroughTheRealNcurses() async throws {
            let keys = try await Self.keys(typing: "añÑ\t\u{1B}[Z\r\u{7F}\u{1B}OP\u{1B}[21~\u{0C}\u{1B}[A\u{1B}OB\u{1B}[3~\u{1B}[H\u{1B}[F", count: 13)
            #expect(keys == [.text("añÑ"), .tab, .backTab, .enter, .backspace, .function(1), .function(10),
                             .control("L"), .up, .down, .delete, .home, .end])
        }

        /// A lone Esc arrives as Esc, after the session's short delay rather than ncurses' default second
        /// (the delay is read back from ncurses, not timed: a loaded machine must not fail this test).
        @Test func aLoneEscapeArrivesAfterTheShortDelay() async throws {
            let pty = try PseudoTerminal()
            let options = Self.options(pty)
            let (keys, delay) = try await onOwnThread {
                let session = try TerminalSession(options: options)
                pty.type("\u{1B}")
                let keys = Self.keys(session, count: 1)
                let delay = get_escdelay()
                session.stop()
                pty.close()
                return (keys, delay)
            }
            #expect(keys == [.escape])
            #expect(delay == options.escapeDelayMilliseconds)
            #expect(delay <= 100)
        }

        @Test func aPasteArrivesAsOneKey() async throws {
            let keys = try await Self.keys(typing: "jesús.perales@ejemplo.com.mx", count: 1)
            #expect(keys == [.text("jesús.perales@ejemplo.com.mx")])
        }

        @Test func inKioskModeCtrlCCtrlZAndCtrlBackslashAreKeys() async throws {
            let keys = try await Self.keys(typing: "\u{03}\u{1A}\u{1C}x", count: 4, kiosk: true)
            #expect(keys == [.control("C"), .control("Z"), .control("\\"), .text("x")])
        }

        @Test func ctrlSAndCtrlQCannotFreezeTheScreen() async throws {
            let keys = try await Self.keys(typing: "\u{13}\u{11}", count: 2)
            #expect(keys == [.control("S"), .control("Q")])
        }

        @Test func stopClearsGivesTheTerminalBackAndCanBeCalledTwice() async throws {
            let pty = try PseudoTerminal()
            var before = termios()
            tcgetattr(pty.follower, &before)
            var previousHandler = sigaction()
            sigaction(SIGHUP, nil, &previousHandler)

            let (shown, after, handler, active, output) = try await onOwnThread {
                let session = try TerminalSession(options: Self.options(pty))
                let canvas = session.beginFrame()
                canvas.put("JESÚS ISRAEL PERALES MARTÍNEZ", at: Point(row: 5, column: 5), style: .body)
                session.show(canvas)
                let shown = session.snapshot()
                session.stop()
                session.stop()

                var after = termios()
                tcgetattr(pty.follower, &after)
                var handler = sigaction()
                sigaction(SIGHUP, nil, &handler)
                pty.close()
                return (shown, after, handler, session.isActive, pty.output)
            }
            #expect(shown.contains("JESÚS ISRAEL PERALES MARTÍNEZ"))
            #expect(after.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == before.c_lflag & tcflag_t(ICANON | ECHO | ISIG))
            #expect(after.c_iflag & tcflag_t(IXON) == before.c_iflag & tcflag_t(IXON))
            #expect(withUnsafeBytes(of: handler.__sigaction_handler) { $0.load(as: UInt.self) }
                == withUnsafeBytes(of: previousHandler.__sigaction_handler) { $0.load(as: UInt.self) })
            #expect(!active)
            let cleared = output.range(of: "\u{1B}[H\u{1B}[2J", options: .backwards)
            let leftAlternateScreen = output.range(of: "\u{1B}[?1049l", options: .backwards)
            #expect(cleared != nil && leftAlternateScreen != nil)
            if let cleared, let leftAlternateScreen {
                #expect(cleared.lowerBound < leftAlternateScreen.lowerBound, "cleared before leaving")
            }
        }

        @Test func coloursFollowTheTerminalAndNoColor() async throws {
            let cases: [(term: String, environment: [String: String], mono: Bool, expected: ColorMode)] = [
                ("xterm-256color", ["LANG": "C.UTF-8"], false, .xterm256),
                ("linux", ["LANG": "C.UTF-8"], false, .ansi8),
                ("vt100", ["LANG": "C.UTF-8"], false, .monochrome),
                ("xterm-256color", ["LANG": "C.UTF-8", "NO_COLOR": "1"], false, .monochrome),
                ("xterm-256color", ["LANG": "C.UTF-8"], true, .monochrome),
            ]
            for item in cases {
                let pty = try PseudoTerminal()
                let options = Self.options(pty, term: item.term, environment: item.environment, mono: item.mono)
                let mode = try await onOwnThread {
                    let session = try TerminalSession(options: options)
                    let mode = session.theme.colorMode
                    session.stop()
                    pty.close()
                    return mode
                }
                #expect(mode == item.expected, "\(item.term) \(item.environment) mono: \(item.mono)")
            }
        }

        @Test func charactersFollowTheLocaleAndTheTerminal() async throws {
            let cases: [(term: String, environment: [String: String], expected: TextMode)] = [
                ("xterm-256color", ["LANG": "C.UTF-8"], .unicode),
                ("xterm-256color", ["LANG": "C"], .ascii),
                ("xterm-256color", [:], .ascii),
                ("xterm-256color", ["LC_ALL": "es_MX.UTF-8", "LANG": "C"], .unicode),
                ("vt100", ["LANG": "C.UTF-8"], .ascii),
            ]
            for item in cases {
                let pty = try PseudoTerminal()
                let options = Self.options(pty, term: item.term, environment: item.environment)
                let mode = try await onOwnThread {
                    let session = try TerminalSession(options: options)
                    let mode = session.glyphs.textMode
                    session.stop()
                    pty.close()
                    return mode
                }
                #expect(mode == item.expected, "\(item.term) \(item.environment)")
            }
        }

        @Test func inTheCLocaleAccentedKeysStillArriveWhole() async throws {
            let keys = try await Self.keys(typing: "ñá", count: 1, environment: ["LANG": "C"])
            #expect(keys == [.text("ñá")])
        }
    }
}

import Glibc
import Testing
import TestSupport
@testable import Terminal

extension NcursesTests {
    /// What a slow line carries while a person types: the bytes the terminal layer writes for each key
    /// typed into a focused field, counted on a pseudo terminal. The form is drawn whole for every key, as
    /// the app does; ncurses sends what changed. Over a CURP and an email (50 keys), at most 2 bytes per
    /// key, the one that completes the CURP (and puts its ✓) included; every other key is echoed as itself.
    @Suite(.runsPrograms) struct EchoBytesTests {
        static let curp = "GOMJ910908HTSNRN04"
        static let email = "jesus.perales.martinez@gmail.com"
        /// Written to the terminal between keys, straight to its descriptor: it reaches the reading side
        /// in order with ncurses' output, and splits that output key by key. ncurses never writes \u{1}.
        static let separator = "\u{1}eco\u{1}"

        /// A form like screens 1 and 2: the frame, a paragraph, two fields with the hint under the focused
        /// one, the buttons. The CURP field is right once it is complete.
        static func drawForm(on canvas: Canvas, curp: String, email: String, emailFocused: Bool) {
            let hints = HintLine([KeyHint("F1", "Ayuda"), KeyHint("Tab", "Campo"), KeyHint("Enter", "Continuar"),
                                  KeyHint("F10", "Salir")])
            let body = ScreenFrame(titleBar: TitleBar(title: "Ingresa tu CURP", step: 1), hintLine: hints).draw(on: canvas)
            body.put("Para realizar la consulta o asignación de tu Número de Seguridad Social (NSS), debes",
                     at: Point(row: 1, column: 2), style: .body)
            body.put("tener a la mano tu CURP y un correo electrónico válido.", at: Point(row: 2, column: 2), style: .body)
            let first = TextField(label: "CURP", text: curp, isFocused: !emailFocused, isRequired: true, fieldWidth: 19,
                                  isRight: curp.count == 18)
            let second = TextField(label: "Correo electrónico", text: email, isFocused: emailFocused, isRequired: true,
                                   fieldWidth: 44)
            first.draw(on: body, at: Point(row: 4, column: 1))
            second.draw(on: body, at: Point(row: 7, column: 1))
            let (focused, row) = emailFocused ? (second, 8) : (first, 5)
            FieldMessage(.notice, emailFocused ? "Escribe el correo completo, por ejemplo nombre@gmail.com."
                                               : "La CURP tiene 18 letras y números.")
                .draw(on: body, at: Point(row: row, column: 1 + focused.textColumn(on: body)), width: 60)
            let buttons = ButtonRow(["Salir", "Continuar"])
            buttons.draw(on: body, at: Point(row: 12, column: buttons.trailingColumn(on: body)))
        }

        /// Types the CURP, moves to the email field (not counted: a new field, like Enter to screen 2), types
        /// the email; returns what the terminal received for each of the 50 keys.
        static func bytesPerKey(term: String, mono: Bool) async throws -> [[UInt8]] {
            try await onOwnThread {
                let pty = try PseudoTerminal()
                let session = try TerminalSession(options: SessionTests.options(pty, term: term, mono: mono))
                func frame(_ curp: String, _ email: String, emailFocused: Bool) {
                    let canvas = session.beginFrame()
                    drawForm(on: canvas, curp: curp, email: email, emailFocused: emailFocused)
                    session.show(canvas)
                }
                func mark() {
                    let bytes = Array(separator.utf8)
                    _ = bytes.withUnsafeBytes { write(pty.follower, $0.baseAddress, $0.count) }
                }
                frame("", "", emailFocused: false)
                for count in 1...curp.count {
                    mark()
                    frame(String(curp.prefix(count)), "", emailFocused: false)
                }
                mark()
                frame(curp, "", emailFocused: true)
                for count in 1...email.count {
                    mark()
                    frame(curp, String(email.prefix(count)), emailFocused: true)
                }
                mark()
                session.stop()
                pty.close()
                let pieces = pty.output.components(separatedBy: separator).map { Array($0.utf8) }
                // pieces: the first frame, 18 keys, the move to the email, 32 keys, the end.
                return Array(pieces[1...18] + pieces[20...51])
            }
        }

        @Test(arguments: [("xterm-256color", false), ("xterm-256color", true), ("linux", false), ("vt100", true)])
        func typingCostsAtMostTwoBytesAKey(term: String, mono: Bool) async throws {
            let keys = try await Self.bytesPerKey(term: term, mono: mono)
            try #require(keys.count == 50)
            let total = keys.reduce(0) { $0 + $1.count }
            let shown = keys.map { String(decoding: $0, as: UTF8.self).debugDescription }
            #expect(total <= 2 * keys.count, "\(term)\(mono ? " --mono" : ""): \(total) bytes for 50 keys: \(shown)")
            // Every key but the one that completes the CURP is echoed as itself, not one byte more.
            let typed = Array(Self.curp + Self.email)
            let notAlone = keys.indices.filter { $0 != 17 && keys[$0] != Array(String(typed[$0]).utf8) }
            #expect(notAlone.isEmpty, "keys not echoed alone: \(notAlone.map { "\($0 + 1): \(shown[$0])" })")
        }
    }
}

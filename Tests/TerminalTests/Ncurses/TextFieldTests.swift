import Testing
import TestSupport
@testable import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct TextFieldTests {
        private func render(_ field: TextField, textMode: TextMode = .unicode) async -> ScreenSnapshot {
            await ScreenCapture.render(size: Size(rows: 2, columns: 40), colorMode: .monochrome, textMode: textMode) {
                field.draw(on: $0, at: .zero)
            }
        }

        @Test func theFocusShowsWithoutColourAroundTheText() async {
            let focused = await render(TextField(label: "CURP", text: "PEMJ", isFocused: true, isRequired: true, fieldWidth: 6))
            #expect(focused.lines[0].hasPrefix("▸CURP*  [PEMJ  ]"))
            #expect(focused.attributes(row: 0, column: 0, count: 7) == "133333.", "the marker bold, the label reversed")
            #expect(focused.attributes(row: 0, column: 9, count: 6) == "....44", "the text plain, the slots underlined")
            #expect(focused.cursor == Point(row: 0, column: 13))

            let unfocused = await render(TextField(label: "CURP", text: "PEMJ", isRequired: true, fieldWidth: 6))
            #expect(unfocused.lines[0].hasPrefix(" CURP*  [PEMJ  ]"))
            #expect(unfocused.attributes(row: 0, column: 0, count: 6) == ".....1")
            #expect(unfocused.attributes(row: 0, column: 9, count: 6) == "444444")
            #expect(unfocused.cursor == nil)
        }

        /// The text being typed is in the terminal's resting look in every colour mode: that is what
        /// lets ncurses echo a key as the key alone (EchoBytesTests counts it).
        @Test(arguments: [ColorMode.monochrome, .ansi8, .xterm256])
        func theTypedTextHasNoAttributeAndNoColour(mode: ColorMode) async {
            let screen = await ScreenCapture.render(size: Size(rows: 1, columns: 40), colorMode: mode) {
                TextField(label: "Correo", text: "ana@x.mx", isFocused: true, fieldWidth: 12).draw(on: $0, at: .zero)
            }
            #expect(screen.attributes(row: 0, column: 10, count: 8) == "........")
            #expect(String(Array(screen.colorPairs[0]).dropFirst(10).prefix(8)) == "........")
        }

        @Test func aRightFieldShowsACheckAndNoSlotsLeft() async {
            let screen = await render(TextField(label: "CURP", text: "PEMJ", isFocused: true, isRequired: true,
                                                fieldWidth: 6, isRight: true))
            #expect(screen.lines[0].hasPrefix("▸CURP*  [PEMJ  ] ✓"))
            #expect(screen.attributes(row: 0, column: 9, count: 9) == "........1",
                    "from the text to the mark, all plain: ncurses sends those cells as plain characters")
            #expect(screen.cursor == Point(row: 0, column: 13))
        }

        @Test func longTextScrollsToKeepTheCursorInView() async {
            let email = "jesus.israel.perales@ejemplo.com.mx"
            let atEnd = await render(TextField(label: "Correo", text: email, isFocused: true, fieldWidth: 10))
            #expect(atEnd.lines[0].hasPrefix("▸Correo  <lo.com.mx ]"))
            #expect(atEnd.cursor == Point(row: 0, column: 19))

            let atStart = await render(TextField(label: "Correo", text: email, cursor: 0, isFocused: true, fieldWidth: 10))
            #expect(atStart.lines[0].hasPrefix("▸Correo  [jesus.isra>"))
            #expect(atStart.cursor == Point(row: 0, column: 10))
        }

        @Test func scrollingCountsColumnsNotCharacters() async {
            let field = TextField(label: "Nombre", text: "日本日本日本", isFocused: true, fieldWidth: 5)
            let screen = await ScreenCapture.render(size: Size(rows: 1, columns: 30), colorMode: .monochrome) {
                field.draw(on: $0, at: .zero)
            }
            #expect(screen.lines[0].hasPrefix("▸Nombre  <日本 ]"))
            #expect(screen.cursor == Point(row: 0, column: 14))
        }

        @Test func aMaskedFieldShowsOneDotPerCharacter() async {
            #expect(await render(TextField(label: "Código", text: "7KQ2M9", isMasked: true, fieldWidth: 8))
                .lines[0].hasPrefix(" Código  [••••••  ]"))
            #expect(await render(TextField(label: "Código", text: "7KQ2M9", isMasked: true, fieldWidth: 8), textMode: .ascii)
                .lines[0].hasPrefix(" Codigo  [******  ]"))
        }

        @Test func fieldsLineUpOnTheirLabelWidth() async {
            let screen = await ScreenCapture.render(size: Size(rows: 2, columns: 40), colorMode: .monochrome) { canvas in
                TextField(label: "Nombre(s)", text: "", isRequired: true, fieldWidth: 5, labelWidth: 18)
                    .draw(on: canvas, at: .zero)
                TextField(label: "Segundo apellido", text: "", fieldWidth: 5, labelWidth: 18)
                    .draw(on: canvas, at: Point(row: 1, column: 0))
            }
            #expect(screen.lines[0].firstIndex(of: "[")?.utf16Offset(in: screen.lines[0]) == 19)
            #expect(screen.lines[1].firstIndex(of: "[")?.utf16Offset(in: screen.lines[1]) == 19)
        }

        @Test func controlCharactersInTheTextAreShownReplaced() async {
            #expect(await render(TextField(label: "Correo", text: "a\u{1B}[31mb\u{7}", fieldWidth: 10)).lines[0]
                .hasPrefix(" Correo  [a�[31mb�  ]"))
        }
    }
}

import Testing
import TestSupport
@testable import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct CanvasTests {
        private func render(size: Size = Size(rows: 4, columns: 20), textMode: TextMode = .unicode,
                            _ draw: (Canvas) -> Void) async -> ScreenSnapshot {
            await ScreenCapture.render(size: size, colorMode: .monochrome, textMode: textMode, draw)
        }

        @Test func escapeSequencesInDataNeverReachTheTerminal() async {
            let screen = await render { $0.put("PEREZ\u{1B}[2J\u{1B}]0;x\u{7}LOPEZ\n", at: .zero, style: .body) }
            #expect(screen.lines[0] == "PEREZ��LOPEZ�       ")
            #expect(screen.lines[1].allSatisfy { $0 == " " })
        }

        @Test func textIsClippedAtTheRightEdge() async {
            let screen = await render { canvas in
                #expect(canvas.put("Asignación o Localización", at: Point(row: 0, column: 10), style: .body) == 10)
            }
            #expect(screen.lines[0] == "          Asignación")
            #expect(screen.lines[1].allSatisfy { $0 == " " })
        }

        @Test func aRegionClipsAndHasItsOwnOrigin() async {
            let screen = await render { canvas in
                let region = canvas.region(Rect(row: 1, column: 5, rows: 2, columns: 6))
                region.put("Begoña Ibáñez", at: .zero, style: .body)
                region.put("fuera", at: Point(row: 2, column: 0), style: .body)
            }
            #expect(screen.lines[0].allSatisfy { $0 == " " })
            #expect(screen.lines[1] == "     Begoña         ")
            #expect(!screen.contains("fuera"))
        }

        /// Text of one-column scalars only (Spanish, the frame's lines) takes the short way to the
        /// window; it must clip by columns exactly as the general way does.
        @Test func oneColumnTextIsClippedByColumnsOnBothSides() async {
            let screen = await render { canvas in
                #expect(canvas.put("──Ñandú──", at: Point(row: 0, column: -2), style: .body) == 7)
                #expect(canvas.put("«Sí»·…", at: Point(row: 1, column: 17), style: .body) == 3)
                #expect(canvas.put("Ibáñez", at: Point(row: 2, column: 0), style: .body, width: 3) == 3)
                canvas.horizontalLine(at: Point(row: 3, column: -1), width: 30, style: .frame)
            }
            #expect(screen.lines[0] == "Ñandú──             ")
            #expect(screen.lines[1] == "                 «Sí")
            #expect(screen.lines[2] == "Ibá                 ")
            #expect(screen.lines[3] == String(repeating: "─", count: 20))
        }

        @Test func theShortWayAndTheGeneralWayAgree() async {
            // Each pair differs only in one scalar that sends the text down the general way.
            let pairs = [("Asignación o Localización", "Asignación o Localización\u{200B}"),
                         ("├──────┤ «Sí» — ¿Ñ?", "├──────┤ «Sí» — ¿Ñ?\u{301}")]
            for (short, general) in pairs {
                let a = await render(size: Size(rows: 1, columns: 12)) { #expect($0.put(short, at: Point(row: 0, column: -3), style: .body) == 12) }
                let b = await render(size: Size(rows: 1, columns: 12)) { #expect($0.put(general, at: Point(row: 0, column: -3), style: .body) == 12) }
                #expect(a.lines == b.lines)
                #expect(a.attributes == b.attributes)
            }
        }

        @Test func aWideCharacterThatWouldBeCutIsLeftOut() async {
            let screen = await render { canvas in
                canvas.put("ab日本", at: Point(row: 0, column: 15), style: .body)
                canvas.put("日本", at: Point(row: 1, column: 16), style: .body)
            }
            #expect(screen.lines[0].hasSuffix("ab日 "))
            #expect(screen.lines[1].hasSuffix("日本"))
            #expect(screen.attributes[0].count == 20)
        }

        @Test func combiningAccentsJoinTheirLetter() async {
            let screen = await render { $0.put("Jose\u{301} N\u{303}u\u{301}n\u{303}ez|", at: .zero, style: .body) }
            #expect(screen.lines[0].hasPrefix("José Ñúñez|"))
        }

        @Test func asciiModeShowsSpanishWithoutAccents() async {
            let screen = await render(textMode: .ascii) { canvas in
                canvas.put("¿Ñandú? «Sí»", at: .zero, style: .body)
                canvas.box(Rect(row: 1, column: 0, rows: 3, columns: 5), style: .frame)
            }
            #expect(screen.lines[0].hasPrefix("Nandu? \"Si\""))
            #expect(screen.lines[1].hasPrefix("+---+"))
            #expect(screen.lines[2].hasPrefix("|   |"))
            #expect(screen.text.utf8.allSatisfy { $0 < 0x80 })
        }

        @Test func stylesReachTheCellsAsAttributes() async {
            let screen = await render { canvas in
                canvas.put("foco", at: .zero, style: .focusedField)
                canvas.put("error", at: Point(row: 1, column: 0), style: .error)
                canvas.put("campo", at: Point(row: 2, column: 0), style: .field)
            }
            #expect(screen.attributes(row: 0, column: 0, count: 5) == "4444.")
            #expect(screen.attributes(row: 1, column: 0, count: 6) == "11111.")
            #expect(screen.attributes(row: 2, column: 0, count: 6) == "44444.")
        }

        @Test func theCursorIsParkedWhereTheFocusAsked() async {
            let screen = await render { canvas in
                canvas.region(Rect(row: 1, column: 2, rows: 2, columns: 10)).placeCursor(at: Point(row: 1, column: 3))
            }
            #expect(screen.cursor == Point(row: 2, column: 5))
        }
    }
}

import Testing
import Terminal

extension NcursesTests {
    @Suite struct WidgetSnapshotTests {
        @Test func curpScreenInColour() {
            expectGolden(ScreenCapture.render(colorMode: .xterm256, SampleScreens.curp), "curp-80x24-colour")
        }

        @Test func curpScreenInMonochrome() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, SampleScreens.curp), "curp-80x24-mono")
        }

        @Test func curpScreenInASCII() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, textMode: .ascii, SampleScreens.curp),
                         "curp-80x24-ascii")
        }

        @Test func resultWithLargeDigitsAndTable() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, SampleScreens.result), "result-80x24-mono")
        }

        @Test func resultInASCII() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, textMode: .ascii, SampleScreens.result),
                         "result-80x24-ascii")
        }

        @Test func helpDialog() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, SampleScreens.help), "help-80x24-mono")
        }

        @Test func confirmExitDialog() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, SampleScreens.confirmExit), "confirm-exit-80x24-mono")
        }

        @Test func idleCountdown() {
            expectGolden(ScreenCapture.render(colorMode: .monochrome, SampleScreens.idle), "idle-80x24-mono")
        }

        @Test func tooSmallNotice() {
            let size = Size(rows: 10, columns: 38)
            expectGolden(ScreenCapture.render(size: size, colorMode: .monochrome) {
                TooSmallNotice(current: size).draw(on: $0)
            }, "too-small-38x10-mono")
        }

        @Test func tooSmallNoticeAtATinySize() {
            let size = Size(rows: 4, columns: 12)
            expectGolden(ScreenCapture.render(size: size, colorMode: .monochrome) {
                TooSmallNotice(current: size).draw(on: $0)
            }, "too-small-12x4-mono")
        }
    }
}

import Testing
import TestSupport
import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct WidgetSnapshotTests {
        @Test func curpScreenInColour() async {
            expectGolden(await ScreenCapture.render(colorMode: .xterm256, SampleScreens.curp), "curp-80x24-colour")
        }

        @Test func curpScreenInMonochrome() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, SampleScreens.curp), "curp-80x24-mono")
        }

        @Test func curpScreenInASCII() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, textMode: .ascii, SampleScreens.curp),
                         "curp-80x24-ascii")
        }

        @Test func resultWithLargeDigitsAndTable() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, SampleScreens.result), "result-80x24-mono")
        }

        @Test func resultInASCII() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, textMode: .ascii, SampleScreens.result),
                         "result-80x24-ascii")
        }

        @Test func helpDialog() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, SampleScreens.help), "help-80x24-mono")
        }

        @Test func confirmExitDialog() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, SampleScreens.confirmExit), "confirm-exit-80x24-mono")
        }

        @Test func idleCountdown() async {
            expectGolden(await ScreenCapture.render(colorMode: .monochrome, SampleScreens.idle), "idle-80x24-mono")
        }

        @Test func tooSmallNotice() async {
            let size = Size(rows: 10, columns: 38)
            expectGolden(await ScreenCapture.render(size: size, colorMode: .monochrome) {
                TooSmallNotice(current: size).draw(on: $0)
            }, "too-small-38x10-mono")
        }

        @Test func tooSmallNoticeAtATinySize() async {
            let size = Size(rows: 4, columns: 12)
            expectGolden(await ScreenCapture.render(size: size, colorMode: .monochrome) {
                TooSmallNotice(current: size).draw(on: $0)
            }, "too-small-12x4-mono")
        }
    }
}

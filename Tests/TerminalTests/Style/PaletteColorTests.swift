import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct PaletteColorTests {
    @Test func governmentColoursMapToTheNearestOf256() {
        #expect(PaletteColor.guinda.xterm256 == 125)        // #af005f
        #expect(PaletteColor.guindaOscuro.xterm256 == 53)   // #5f005f
        #expect(PaletteColor.verde.xterm256 == 23)          // #005f5f
        #expect(PaletteColor.dorado.xterm256 == 137)        // #af875f
        #expect(PaletteColor.blanco.xterm256 == 231)
    }

    @Test func greysUseTheGreyRamp() {
        #expect(PaletteColor(hex: 0x808080, ansi8: 7).xterm256 == 244)
        #expect(PaletteColor(hex: 0x121212, ansi8: 0).xterm256 == 233)
    }

    @Test func in8ColoursGuindaIsRedVerdeGreenDoradoYellow() {
        #expect(PaletteColor.guinda.ansi8 == 1)
        #expect(PaletteColor.verde.ansi8 == 2)
        #expect(PaletteColor.dorado.ansi8 == 3)
    }

    @Test func noColorAndMonoTurnColourOff() {
        #expect(ColorMode.detect(hasColors: true, colors: 256, forceMonochrome: false, noColor: nil) == .xterm256)
        #expect(ColorMode.detect(hasColors: true, colors: 8, forceMonochrome: false, noColor: nil) == .ansi8)
        #expect(ColorMode.detect(hasColors: true, colors: 256, forceMonochrome: false, noColor: "1") == .monochrome)
        #expect(ColorMode.detect(hasColors: true, colors: 256, forceMonochrome: false, noColor: "") == .xterm256)
        #expect(ColorMode.detect(hasColors: true, colors: 256, forceMonochrome: true, noColor: nil) == .monochrome)
        #expect(ColorMode.detect(hasColors: false, colors: 0, forceMonochrome: false, noColor: nil) == .monochrome)
    }
}

import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct ThemeTests {
    /// Pairs of styles that a person must tell apart.
    static let distinct: [(Style, Style)] = [
        (.label, .focusedLabel), (.field, .typedText), (.button, .focusedButton), (.body, .error), (.body, .selectedRow),
        (.label, .requiredMark), (.hintLine, .hintKey), (.body, .tableHeader),
        (.body, .testModeBanner), (.dialog, .dialogTitle),
    ]

    @Test(arguments: Style.allCases)
    func everyStyleHasAMonochromeTwinWithoutColour(style: Style) {
        let twin = Theme(colorMode: .monochrome).look(style)
        #expect(!twin.hasColor)
        #expect(twin == Theme.monochrome(style))
    }

    @Test(arguments: distinct)
    func stylesThatMustBeToldApartDifferWithoutColour(first: Style, second: Style) {
        #expect(Theme.monochrome(first).attributes != Theme.monochrome(second).attributes)
        #expect(Theme.colored(first).attributes != Theme.colored(second).attributes,
                "in colour too, not by colour alone")
    }

    @Test func focusIsReverseVideoInMonochrome() {
        #expect(Theme.monochrome(.focusedLabel).attributes.contains(.reverse))
        #expect(Theme.monochrome(.focusedButton).attributes.contains(.reverse))
        #expect(Theme.monochrome(.selectedRow).attributes.contains(.reverse))
    }

    /// ncurses leaves the terminal in its resting look after every update; typed text in that look is
    /// echoed as the bare key.
    @Test(arguments: [ColorMode.monochrome, .ansi8, .xterm256])
    func typedTextIsTheTerminalsRestingLook(mode: ColorMode) {
        let theme = Theme(colorMode: mode)
        #expect(theme.look(.typedText) == StyleLook())
        #expect(theme.pair(.typedText) == 0)
    }

    @Test func monochromeUsesNoColourPairs() {
        let theme = Theme(colorMode: .monochrome)
        #expect(Style.allCases.allSatisfy { theme.pair($0) == 0 })
    }

    @Test func colouredStylesHaveTheirOwnPair() {
        let theme = Theme(colorMode: .xterm256)
        let pairs = Style.allCases.filter { Theme.colored($0).hasColor }.map(theme.pair)
        #expect(Set(pairs).count == pairs.count)
        #expect(pairs.allSatisfy { $0 > 0 })
    }

    @Test func theBandsUseTheGovernmentColours() {
        #expect(Theme.colored(.titleBar).background == .guindaOscuro)
        #expect(Theme.colored(.hintLine).background == .verde)
        #expect(Theme.colored(.focusedButton).background == .guinda)
        #expect(Theme.colored(.bigDigits).foreground == .dorado)
    }
}

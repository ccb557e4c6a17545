import NSSCore
@testable import Screens
import Terminal
import Testing
import TestSupport
import Wizard

/// Each screen's hint line and F1 help come from its key table, so they say what the keys do.
@Suite(.serialized, .runsPrograms) struct KeyTableTests {
    /// A state on every screen, the look-up form included.
    static let states: [WizardState] = Step.allCases.map { WizardState.at($0) } + [{
        var state = WizardState()
        _ = state.reduce(.perform(.openLookup))
        return state
    }()]

    private func table(_ state: WizardState) -> KeyTable {
        ScreenCatalog.screen(for: state).keys(state)
    }

    @Test(arguments: states)
    func theDrawnHintLineIsTheKeyTablesHints(state: WizardState) async {
        let table = table(state)
        let expected = table.bindings.compactMap { binding in binding.hint.map { "\(binding.name) \($0)" } }
        let snapshot = await ScreenCapture.render(colorMode: .monochrome) { TestApp.make(state).draw(on: $0) }
        let hintRow = snapshot.lines[Size.standard.rows - 2]
        let shown = expected.prefix { hintRow.contains($0) }
        #expect(shown.count >= 4, "the hint line shows \(hintRow)")
        #expect(hintRow.hasPrefix("│ " + shown.joined(separator: "  ")))
        #expect(hintRow.contains("F1 Ayuda") && hintRow.contains("F10 Salir"))
    }

    @Test(arguments: states)
    func theHelpListsEveryKeyOfTheTable(state: WizardState) async {
        var app = TestApp.make(state)
        app.hit(.function(1))
        let snapshot = await ScreenCapture.render(colorMode: .monochrome) { app.draw(on: $0) }
        for binding in table(state).bindings {
            #expect(snapshot.lines.contains { $0.contains(binding.name) && $0.contains(String(binding.meaning.prefix(12))) },
                    "the help does not list \(binding.name)")
        }
    }

    @Test(arguments: states)
    func noKeyIsBoundTwice(state: WizardState) {
        let keys = table(state).bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func theOverlaysHintLinesAreTheirTables() {
        var app = TestApp.make(.at(.email))
        let screen = ScreenCatalog.screen(for: app.state)
        app.hit(.function(1))
        #expect(app.activeKeys(screen).hintLine == HelpOverlay.keys(scrolls: false).hintLine)
        app.hit(.escape)
        _ = app.handle(.interrupt)
        #expect(app.activeKeys(screen).hintLine == ExitConfirmation.keys.hintLine)
    }
}

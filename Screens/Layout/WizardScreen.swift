import Terminal
import Wizard

/// One screen of the wizard: its title, its keys, and how it draws the state in the body of the screen
/// frame. Screens only draw; keys become events through their key table. Their words, and their F1 help
/// (`WizardState.stepHelp`), are the wizard's, which the line mode says too.
protocol WizardScreen {
    /// The title under the procedure's name.
    var title: String { get }
    /// The screen's keys: the hint line and the F1 help are made from them.
    func keys(_ state: WizardState) -> KeyTable
    /// Draws the screen's own content in `body`: at most `ScreenLayout.contentRows` rows.
    func draw(_ context: ScreenContext, on body: Canvas)
    /// Where the notice, «Un momento…» and the test-mode banner go: the body, unless the screen needs
    /// part of its bottom rows.
    func statusRegion(_ context: ScreenContext, _ body: Canvas) -> Canvas
}

extension WizardScreen {
    func statusRegion(_ context: ScreenContext, _ body: Canvas) -> Canvas { body }
}

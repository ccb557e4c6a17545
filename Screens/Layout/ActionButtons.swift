import NSSCore
import Terminal
import Wizard

/// The wizard's buttons on screen, each with its label for the state (`WizardState.label(of:)`), the
/// focused one marked. Rows are right-aligned and wrap when the buttons do not fit in one, so an
/// action the wizard adds shows up without a change to any screen.
struct ActionButtons {
    var actions: [Action]

    /// The buttons of the screen's focus order that the screen did not place itself, in Tab order.
    init(remainingIn state: WizardState, placed: Set<Action> = []) {
        self.init(in: state) { !placed.contains($0) }
    }

    /// The buttons of the screen's focus order that pass `filter`, in Tab order.
    init(in state: WizardState, where filter: (Action) -> Bool) {
        actions = state.focusOrder.compactMap { item in
            if case .action(let action) = item, filter(action) { action } else { nil }
        }
    }

    /// The buttons that move through the procedure or leave it; a screen's other actions act on
    /// what it shows.
    static let navigation: Set<Action> = [.next, .finish, .back, .exit]

    /// Whether `action` stands in a row drawn from the right (`draw`: the first in Tab order rightmost),
    /// where ← must move to the next in Tab order for the arrows to follow the screen. Buttons a screen
    /// places on their own, the look-up's matches, and the documents screen's leading row read from
    /// the left.
    static func readsRightToLeft(_ action: Action, on step: Step) -> Bool {
        switch action {
        case .openLookup, .useEmailSuggestion, .refreshCaptcha, .chooseMatch: false
        default: !(step == .documents && !navigation.contains(action))
        }
    }

    init(_ actions: [Action]) {
        self.actions = actions
    }

    /// The rows of buttons `body` needs.
    func rows(on body: Canvas, state: WizardState) -> [[Action]] {
        let room = ScreenLayout.textWidth(body)
        var rows: [[Action]] = []
        for action in actions {
            if let last = rows.last, ButtonRow((last + [action]).map(state.label(of:))).width(on: body) <= room {
                rows[rows.count - 1].append(action)
            } else {
                rows.append([action])
            }
        }
        return rows
    }

    /// What screens with required fields say beside their buttons.
    static var requiredNote: String { Phrase.screenRequiredNote.text }

    /// Draws the buttons with their bottom row at `bottomRow`, right-aligned, and `note` at the left
    /// of that row (of the row above when the buttons leave no room). Returns the top row used.
    ///
    /// Each row reads from the right: the first in Tab order — the default, Continuar — is last on
    /// the right, where dialog boxes and installers put it, and Tab goes on leftwards from it.
    @discardableResult
    func draw(_ context: ScreenContext, on body: Canvas, bottomRow: Int, note: String? = nil) -> Int {
        let rows = rows(on: body, state: context.state)
        var top = bottomRow - rows.count + 1
        var left = body.size.columns
        for (offset, actions) in rows.enumerated() {
            let row = buttonRow(actions.reversed(), context)
            left = row.trailingColumn(on: body)
            row.draw(on: body, at: Point(row: top + offset, column: left))
        }
        if let note {
            let fits = ScreenLayout.margin + body.width(of: note) + 2 <= left
            if !fits { top -= 1 }
            body.put(note, at: Point(row: fits ? bottomRow : top, column: ScreenLayout.margin), style: .body)
        }
        return top
    }

    /// Draws the buttons left-aligned from `topRow`; returns the rows used.
    @discardableResult
    func drawLeading(_ context: ScreenContext, on body: Canvas, topRow: Int) -> Int {
        let rows = rows(on: body, state: context.state)
        for (offset, actions) in rows.enumerated() {
            buttonRow(actions, context).draw(on: body, at: Point(row: topRow + offset, column: ScreenLayout.margin))
        }
        return rows.count
    }

    private func buttonRow(_ actions: [Action], _ context: ScreenContext) -> ButtonRow {
        ButtonRow(actions.map(context.state.label(of:)),
                  focused: actions.firstIndex { context.isFocused(.action($0)) })
    }

    /// Draws one button at `point`, left-aligned; returns the columns it took.
    @discardableResult
    static func drawInline(_ action: Action, _ context: ScreenContext, on body: Canvas, at point: Point) -> Int {
        let row = ButtonRow([context.state.label(of: action)],
                            focused: context.isFocused(.action(action)) ? 0 : nil)
        row.draw(on: body, at: point)
        return row.width(on: body)
    }
}

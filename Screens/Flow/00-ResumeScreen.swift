import NSSCore
import Terminal
import Wizard

/// `nss-kiosk --resume`: the applications this account left unfinished on this machine, two lines each
/// (where it stopped, its folio, until when it can be taken up; the CURP and email masked), the focused
/// one in reverse video like the documents' table. Enter goes on with it; Esc starts a new procedure.
struct ResumeScreen: WizardScreen {
    var title: String { ResumeWording.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: "Continuar", escape: Action.startNew.label(on: state.step))
    }

    /// The first row of the list, and how many applications it shows at once.
    static let listRow = 3
    static let visible = 3

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let choice = context.state.resumeChoice, let applications = choice.applications else {
            body.put("\(Spinner.frame(context.spinnerFrame, glyphs: body.glyphs)) \(ResumeWording.searching)\(body.glyphs.ellipsis)",
                     at: Point(row: 1, column: ScreenLayout.margin), style: .notice)
            ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
            return
        }
        Paragraph.draw(ResumeWording.intro(lineMode: false), on: body, row: 0, maxRows: 2)
        let focused = applications.indices.first { context.isFocused(.action(.resumeApplication($0))) }
        // A window of three around the focused one, as the look-up's matches scroll.
        let first = min(max(0, (focused ?? 0) - Self.visible + 1), max(0, applications.count - Self.visible))
        for (offset, index) in applications.indices.dropFirst(first).prefix(Self.visible).enumerated() {
            drawEntry(applications[index], selected: index == focused, on: body, row: Self.listRow + 2 * offset)
        }
        var row = Self.listRow + 2 * Self.visible
        if applications.count > Self.visible {
            body.put(ResumeWording.window(first: first + 1, last: min(first + Self.visible, applications.count),
                                          of: applications.count),
                     at: Point(row: row, column: ScreenLayout.margin), style: .notice)
        }
        row += 1
        if let expired = ResumeWording.expired(choice.expired) {
            row += Paragraph.draw(expired, on: body, row: row, maxRows: 1)
        }
        Paragraph.draw(ResumeWording.draftsNote, on: body, row: max(row, ScreenLayout.buttonsRow - 2), maxRows: 1)
        ActionButtons(remainingIn: context.state, placed: Set(applications.indices.map { .resumeApplication($0) }))
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }

    /// One application: its stage and folio with «vence HH:MM» on the right, then its masked CURP and email.
    private func drawEntry(_ application: OpenApplication, selected: Bool, on body: Canvas, row: Int) {
        let left = ScreenLayout.margin
        let width = body.size.columns - left - ScreenLayout.margin
        let style: Style = selected ? .selectedRow : .body
        if selected {
            body.put(body.glyphs.focusMarker, at: Point(row: row, column: ScreenLayout.margin - 1), style: .focusMarker)
            body.fill(Rect(row: row, column: left, rows: 2, columns: width), style: .selectedRow)
            body.placeCursor(at: Point(row: row, column: left))
        }
        let until = ResumeWording.until(application)
        let untilWidth = body.width(of: until)
        body.put(ResumeWording.headline(application), at: Point(row: row, column: left),
                 style: selected ? .selectedRow : .label, width: width - untilWidth - 2)
        body.put(until, at: Point(row: row, column: left + width - untilWidth), style: selected ? .selectedRow : .notice)
        body.put(ResumeWording.whose(application), at: Point(row: row + 1, column: left + 2), style: style, width: width - 2)
    }
}

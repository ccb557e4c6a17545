import FoundationEssentials
import NSSCore
import Terminal
import Wizard

/// Paso 5 de 9: the seed's «le hemos enviado una liga de confirmación», the masked address, a
/// spinner, the time left on the link, and the short code of the same email for whoever reads it
/// elsewhere. The wizard polls on every tick; the screen moves on by itself once confirmed.
struct WaitingForLinkScreen: WizardScreen {
    var title: String { Step.waitingForLink.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.keysConfirm.text, escape: Phrase.buttonChangeEmail.text)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        let state = context.state
        guard let ticket = state.ticket else { return }
        let sent = WaitingWording.sent(ticket)
        let rows = Paragraph.draw(sent, on: body, row: 0, maxRows: 3)
        drawProgress(context, ticket: ticket, on: body, row: rows + 1)
        let how = WaitingWording.how(carriesLink: ticket.carriesLink)
        Paragraph.draw(how[0], on: body, row: rows + 3, maxRows: 2)
        if let elsewhere = how.dropFirst().first {
            Paragraph.draw(elsewhere, on: body, row: 8, maxRows: 1)
        }
        FieldView(field: .confirmationCode, fieldWidth: 10).draw(context, on: body, row: 9)
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }

    /// «⠋ Esperando la confirmación…» and the time the link has left, or that it expired.
    private func drawProgress(_ context: ScreenContext, ticket: ApplicationTicket, on body: Canvas, row: Int) {
        if context.state.confirmationExpired {
            body.put("\(body.glyphs.cross) \(Phrase.screenWaitingExpired.text)",
                     at: Point(row: row, column: ScreenLayout.margin), style: .error)
            return
        }
        let waiting = context.state.isEmailConfirmed ? Phrase.screenWaitingConfirmed.text : Phrase.screenWaiting.text
        body.put("\(Spinner.frame(context.spinnerFrame, glyphs: body.glyphs)) \(waiting)\(body.glyphs.ellipsis)",
                 at: Point(row: row, column: ScreenLayout.margin), style: .body)
        let left = Phrase.screenExpiresIn.text(["vence": WaitingWording.expires(carriesLink: ticket.carriesLink),
                                                "tiempo": Self.timeLeft(until: ticket.expiresAt, now: context.now)])
        body.put(left, at: Point(row: row, column: body.size.columns - ScreenLayout.margin - body.width(of: left)),
                 style: .notice)
    }

    /// The time from `now` to `date` as h:mm:ss, or m:ss under an hour; 0:00 once past.
    static func timeLeft(until date: Date, now: Date) -> String {
        let seconds = max(0, Int(date.timeIntervalSince(now).rounded(.up)))
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let twoDigits = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}

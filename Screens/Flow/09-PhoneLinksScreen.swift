import NSSCore
import Terminal
import Wizard

/// «Llevar a mi teléfono», over the documents screen: one document's one-time link at a time, its QR code
/// on the left (the whole height of the body at 80×24) and its words, its address and the buttons on the
/// right, where the notice and the test-mode banner go too. Where the code cannot be drawn whole (an ASCII
/// terminal, an address too long for the screen), the address alone is shown, to be typed.
struct PhoneLinksScreen: WizardScreen {
    var title: String { Phrase.buttonPhoneLinks.text }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: "Elegir", escape: "Cerrar")
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let links = context.state.phoneLinks, let link = links.current else { return }
        let code = QRCodeView(link.code)
        let text = Self.textRegion(context, body)
        if code.fits(on: body) {
            code.draw(on: body, at: Point(row: (body.size.rows - code.size.rows) / 2, column: 0))
        }
        var row = 0
        for line in DocumentsWording.phoneLinkLines(link, index: links.shown, count: links.links.count) {
            row += Paragraph.draw(line, on: text, row: row, column: 1) + 1
        }
        if !code.fits(on: body) {
            row += Paragraph.draw(DocumentsWording.phoneLinkWithoutCode, on: text, row: row, column: 1, style: .notice)
        }
        Paragraph.draw(link.url, on: text, row: row, column: 1, style: .label)
        ActionButtons(in: context.state) { _ in true }.draw(context, on: text, bottomRow: ScreenLayout.buttonsRow)
    }

    func statusRegion(_ context: ScreenContext, _ body: Canvas) -> Canvas { Self.textRegion(context, body) }

    /// The body right of the code, or the whole body when the code is not drawn.
    static func textRegion(_ context: ScreenContext, _ body: Canvas) -> Canvas {
        guard let link = context.state.phoneLinks?.current else { return body }
        let code = QRCodeView(link.code)
        guard code.fits(on: body) else { return body }
        let left = code.size.columns + 1
        return body.region(Rect(row: 0, column: left, rows: body.size.rows, columns: body.size.columns - left))
    }
}

import NSSCore
import Terminal
import Wizard

/// The captcha in the rows above its answer field: the picture centred as drawn by the backend, or the
/// spelled captcha as text a screen reader and a braille line read — what to type and its case rule,
/// then one character per line (in two columns when they do not fit one under the other).
enum CaptchaChallengeView {
    /// Rows the captcha may take (the embedded backend draws pictures of 9).
    static let rows = 9

    static func draw(_ context: ScreenContext, on body: Canvas) {
        guard let captcha = context.state.captcha else {
            body.put("\(CaptchaWording.loading(context.state.captchaKind))\(body.glyphs.ellipsis)",
                     at: Point(row: 4, column: ScreenLayout.margin), style: .notice)
            return
        }
        switch captcha.kind {
        case .picture: drawPicture(captcha.lines, on: body)
        case .spelled: drawSpelled(captcha.lines, on: body)
        }
    }

    static func drawPicture(_ lines: [String], on body: Canvas) {
        let width = lines.map { body.width(of: $0) }.max() ?? 0
        let column = max(ScreenLayout.margin, (body.size.columns - width) / 2)
        for (offset, line) in lines.prefix(rows).enumerated() {
            body.put(line, at: Point(row: offset, column: column), style: .body)
        }
    }

    static func drawSpelled(_ lines: [String], on body: Canvas) {
        let used = Paragraph.draw(CaptchaWording.spelledInstruction(count: lines.count), on: body, row: 0,
                                  style: .label, maxRows: 2)
        let top = used + 1
        let perColumn = max(1, rows - top)
        let columns = (lines.count + perColumn - 1) / perColumn
        let columnWidth = ScreenLayout.textWidth(body) / max(1, columns)
        for (index, line) in lines.enumerated() {
            let column = ScreenLayout.margin + (index / perColumn) * columnWidth
            body.put(line, at: Point(row: top + index % perColumn, column: column), style: .body,
                     width: columnWidth - 1)
        }
    }
}

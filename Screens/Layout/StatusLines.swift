import NSSCore
import Terminal
import Wizard

/// The bottom of every screen's body: the screen's notice (errors in the error style, information
/// in the notice style; a third row when nothing is awaited), «Un momento…» while a call takes its
/// time, and the test-mode banner.
enum StatusLines {
    static var testModeBanner: String { Phrase.screenTestMode.text }
    /// The banner where the full one does not fit (beside a QR code): what it must never fail to say.
    static var shortTestModeBanner: String { Phrase.screenTestModeShort.text }

    static func draw(_ context: ScreenContext, notice: Notice?, on body: Canvas) {
        if let notice {
            FieldMessage(notice.kind == .error ? .error : .notice, notice.text)
                .draw(on: body, at: Point(row: ScreenLayout.noticeRow, column: ScreenLayout.margin),
                      width: ScreenLayout.textWidth(body),
                      maxRows: ScreenLayout.noticeRows + (context.showsBusy ? 0 : 1))
        }
        if context.showsBusy {
            body.put("\(Spinner.frame(context.spinnerFrame, glyphs: body.glyphs)) \(Phrase.screenMoment.text)\(body.glyphs.ellipsis)",
                     at: Point(row: ScreenLayout.busyRow, column: ScreenLayout.margin), style: .notice)
        }
        if context.isTestMode {
            body.fill(Rect(row: ScreenLayout.bannerRow(body), column: 0, rows: 1, columns: body.size.columns),
                      style: .testModeBanner)
            let banner = body.width(of: testModeBanner) <= ScreenLayout.textWidth(body) ? testModeBanner : shortTestModeBanner
            body.put(banner, at: Point(row: ScreenLayout.bannerRow(body), column: ScreenLayout.margin),
                     style: .testModeBanner, width: ScreenLayout.textWidth(body))
        }
    }
}

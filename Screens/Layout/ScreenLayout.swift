import Terminal

/// Where things go in the body of the screen frame (78×17 at 80×24): the screen's own content at the
/// top, then the screen's notice, the «Un momento…» line and the test-mode banner at the bottom.
enum ScreenLayout {
    /// Rows of the body a screen may use for its own content.
    static let contentRows = 13
    /// The last content row, where the screen's buttons go.
    static let buttonsRow = contentRows - 1
    /// The first of the rows of the screen's notice: two, and the busy row when nothing is awaited.
    static let noticeRow = 13
    static let noticeRows = 2
    /// The row of «Un momento…».
    static let busyRow = 15
    /// The row of the test-mode banner: the body's last, just above the key hints, however tall the
    /// window (row 16 at 80×24).
    static func bannerRow(_ body: Canvas) -> Int { body.size.rows - 1 }
    /// The left margin of text in the body.
    static let margin = 2
    /// The text columns of the body: the margin on both sides.
    static func textWidth(_ body: Canvas) -> Int { body.size.columns - 2 * margin }
}

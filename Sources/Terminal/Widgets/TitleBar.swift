import NSSCore
/// The two-row band at the top of every screen: the procedure's name and «Paso n de 9»,
/// then the screen's title and a progress row (●──●──○). Step 0 is a screen before the steps: neither
/// «Paso» nor the progress row shows.
public struct TitleBar: Hashable, Sendable {
    public var procedure: String
    public var title: String
    public var step: Int
    public var stepCount: Int

    public init(title: String, step: Int, stepCount: Int = 9, procedure: String? = nil) {
        self.procedure = procedure ?? Phrase.screenProcedure.text
        self.title = title
        self.step = step
        self.stepCount = stepCount
    }

    /// «Paso 3 de 9».
    public var stepText: String { step == 0 ? "" : Phrase.stepCount.text(["n": String(step), "total": String(stepCount)]) }

    /// Draws the band on rows `row` and `row + 1` of `canvas`.
    public func draw(on canvas: Canvas, row: Int) {
        let width = canvas.size.columns
        canvas.fill(Rect(row: row, column: 0, rows: 2, columns: width), style: .titleBar)
        let stepWidth = canvas.width(of: stepText)
        let stepColumn = max(1, width - 1 - stepWidth)
        canvas.put(procedure, at: Point(row: row, column: 1), style: .titleBar, width: max(0, stepColumn - 2))
        canvas.put(stepText, at: Point(row: row, column: stepColumn), style: .titleBar)

        let progress = progressText(canvas.glyphs)
        let progressWidth = canvas.width(of: progress)
        let titleWidth = canvas.width(of: title)
        if step > 0, titleWidth + progressWidth + 4 <= width {
            canvas.put(progress, at: Point(row: row + 1, column: width - 1 - progressWidth), style: .titleBar)
        }
        canvas.put(title, at: Point(row: row + 1, column: 1), style: .screenTitle, width: max(0, width - 2))
    }

    /// The progress row: a filled dot for each step reached, an open one for each to come.
    func progressText(_ glyphs: Glyphs) -> String {
        (1...max(1, stepCount))
            .map { $0 <= step ? glyphs.stepReached : glyphs.stepAhead }
            .joined(separator: glyphs.horizontal + glyphs.horizontal)
    }
}

import Terminal

/// Text cut to a number of columns with an ellipsis, as the canvas will display it.
enum TextWidthFitting {
    static func fit(_ text: String, on canvas: Canvas, columns: Int) -> String {
        TextWidth.truncate(canvas.displayed(text), to: columns, ellipsis: canvas.glyphs.ellipsis)
    }
}

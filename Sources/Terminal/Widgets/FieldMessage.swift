/// The message under a field: what is wrong (`✗`, bold), a hint or suggestion, or what is
/// right (`✓`). Wrapped to the room given.
public struct FieldMessage: Hashable, Sendable {
    /// What the message says about the field: wrong, a hint, or right.
    public enum Kind: Hashable, Sendable {
        case error, notice, success
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// Draws the message from `point`, in at most `width` columns and `maxRows` rows.
    /// Returns the rows used.
    @discardableResult
    public func draw(on canvas: Canvas, at point: Point, width: Int, maxRows: Int = 2) -> Int {
        let (mark, style): (String?, Style) = switch kind {
        case .error: (canvas.glyphs.cross, .error)
        case .notice: (nil, .notice)
        case .success: (canvas.glyphs.check, .success)
        }
        let indent = mark.map { canvas.width(of: $0) + 1 } ?? 0
        if let mark { canvas.put(mark, at: point, style: style) }
        let lines = canvas.wrap(text, columns: max(1, width - indent)).prefix(max(0, maxRows))
        for (offset, line) in lines.enumerated() {
            canvas.put(line, at: Point(row: point.row + offset, column: point.column + indent), style: style)
        }
        return lines.count
    }
}

/// Digits drawn large and grouped, for «Tu NSS es:»: the NSS as `SS AA NN CCCC D`, with the
/// same digits in ordinary text underneath for screen readers and braille lines.
public struct BigDigits: Hashable, Sendable {
    public var digits: String
    /// Sizes of the groups, left to right; digits beyond them form one last group.
    public var groups: [Int]

    public init(_ digits: String, groups: [Int] = [2, 2, 2, 4, 1]) {
        self.digits = digits.filter(\.isASCII).filter(\.isNumber)
        self.groups = groups
    }

    /// The digits split into groups.
    public var grouped: [String] {
        var rest = Substring(digits)
        var result: [String] = []
        for size in groups where !rest.isEmpty {
            result.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { result.append(String(rest)) }
        return result
    }

    /// The digits as ordinary text, groups separated by a space ("02 92 12 3456 7").
    public var caption: String { grouped.joined(separator: " ") }

    /// Columns the large digits take.
    public var width: Int {
        let groupCount = grouped.count
        return digits.count * 4 - 1 + 2 * max(0, groupCount - 1)
    }

    /// Rows taken on `canvas`: the large digits, a blank row, the caption.
    public func height(on canvas: Canvas) -> Int {
        BigDigitFont.height(for: canvas.glyphs.textMode) + 2
    }

    /// Draws from `point`. Where the large digits do not fit, only the caption is drawn.
    /// Returns the rows used.
    @discardableResult
    public func draw(on canvas: Canvas, at point: Point) -> Int {
        guard point.column + width <= canvas.size.columns else {
            canvas.put(caption, at: point, style: .bigDigits)
            return 1
        }
        let font = BigDigitFont.glyphs(for: canvas.glyphs.textMode)
        let rows = BigDigitFont.height(for: canvas.glyphs.textMode)
        var column = point.column
        for group in grouped {
            for digit in group {
                for row in 0..<rows {
                    canvas.put(font[digit]?[row] ?? "", at: Point(row: point.row + row, column: column), style: .bigDigits)
                }
                column += 4
            }
            column += 2
        }
        canvas.put(caption, at: Point(row: point.row + rows + 1, column: point.column), style: .body)
        return rows + 2
    }
}

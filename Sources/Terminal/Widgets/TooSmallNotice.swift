import NSSCore
/// What the whole terminal shows while it is smaller than the screens need: how big it must be, how big
/// it is, that nothing typed is lost (keys typed meanwhile still go into the field), the program's advice
/// (another way to go on) and its keys. Drawn at any size, however small.
public struct TooSmallNotice: Hashable, Sendable {
    public var current: Size
    public var minimum: Size
    /// Another way to go on, when there is one (the line mode).
    public var advice: String?
    /// The keys that work meanwhile.
    public var keys: String

    public init(current: Size, minimum: Size = .standard, advice: String? = nil, keys: String? = nil) {
        self.current = current
        self.minimum = minimum
        self.advice = advice
        self.keys = keys ?? Phrase.screenTooSmallKeys.text
    }

    func message(_ glyphs: Glyphs) -> String {
        Phrase.screenTooSmall.text(["minimo": "\(minimum.columns)\(glyphs.times)\(minimum.rows)",
                                    "ahora": "\(current.columns)\(glyphs.times)\(current.rows)"]) + (advice.map { "\n\n" + $0 } ?? "") + "\n\n" + keys
    }

    /// Clears `canvas` and draws the notice, boxed when there is room for a box.
    public func draw(on canvas: Canvas) {
        canvas.clear()
        let size = canvas.size
        let boxed = size.columns >= 16 && size.rows >= 5
        let area = boxed ? Rect(origin: .zero, size: size).inset(rows: 1, columns: 2) : Rect(origin: .zero, size: size)
        let lines = canvas.wrap(message(canvas.glyphs), columns: area.size.columns)
        if boxed {
            let height = min(size.rows, lines.count + 2)
            canvas.box(Rect(row: 0, column: 0, rows: height, columns: size.columns), style: .frame)
        }
        for (offset, line) in lines.prefix(area.size.rows).enumerated() {
            canvas.put(line, at: Point(row: area.top + offset, column: area.left), style: .body,
                       width: area.size.columns)
        }
    }
}

import NSSCore

/// The text of a field and where its cursor is, edited grapheme by grapheme (so "ñ" and "é" are one
/// step even when typed as combining sequences).
public struct EditableText: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor, as a count of characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Applies one edit. Control characters in inserted text are dropped; text beyond `maxLength`
    /// characters is cut. Returns whether anything was cut, so the screen can say so.
    @discardableResult
    public mutating func apply(_ edit: TextEdit, maxLength: Int, uppercase: Bool = false) -> Bool {
        switch edit {
        case .insert(let raw):
            var clean = UnsafeText.removed(raw)
            if uppercase { clean = clean.uppercased() }
            let room = max(0, maxLength - text.count)
            let kept = String(clean.prefix(room))
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(contentsOf: kept, at: index)
            cursor += kept.count
            return kept.count < clean.count
        case .deleteBackward:
            guard cursor > 0 else { return false }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return false }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .moveLeft: cursor = max(0, cursor - 1)
        case .moveRight: cursor = min(text.count, cursor + 1)
        case .moveToStart: cursor = 0
        case .moveToEnd: cursor = text.count
        case .clear:
            text = ""
            cursor = 0
        }
        return false
    }
}

import CNcursesw
import Glibc

/// How many terminal columns text takes, whatever the process locale.
///
/// `wcwidth` answers from LC_CTYPE (in the C locale "ñ" is not printable), so the
/// answer is always taken under C.UTF-8, on the calling thread only.
public enum TextWidth {
    /// Columns of one scalar: 0 for combining marks, 2 for wide (East Asian) ones,
    /// -1 for what the terminal cannot print (controls, unassigned code points).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if isSingleColumn(scalar) { return 1 }
        return withUTF8CType { Int(wcwidth(wchar_t(bitPattern: scalar.value))) }
    }

    /// Whether `scalar` is printable ASCII or in the ranges below: one column, never joined to the
    /// scalar before or after it into one character (no combining mark, joiner or control is among
    /// them), so text made only of such scalars takes one column per scalar.
    public static func isSingleColumn(_ scalar: Unicode.Scalar) -> Bool {
        if isPrintableASCII(scalar) { return true }
        return scalar.value >= 0xA0 && singleColumn.contains(where: { $0.contains(scalar.value) })
    }

    /// Whether `scalar` is printable ASCII (space to tilde).
    public static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x7F
    }

    /// Ranges where glibc's wcwidth under C.UTF-8 answers 1 for every scalar (checked one by one):
    /// the Latin letters of Spanish names, dashes, quotes, bullets and ellipsis, arrows, box drawing,
    /// blocks and the geometric shapes of the widgets. Answering them here spares a locale switch per
    /// character, most of what measuring a screen's text used to cost.
    private static let singleColumn: [ClosedRange<UInt32>] = [
        0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x259F, 0x25A0...0x25FC,
    ]

    /// Columns of one user-perceived character: its scalars' widths, at most 2.
    public static func of(_ character: Character) -> Int {
        min(2, character.unicodeScalars.reduce(0) { $0 + max(0, of($1)) })
    }

    /// Columns of a string.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The longest start of `text` that fits in `columns`, never splitting a character.
    public static func prefix(of text: String, fitting columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if used + width > columns { break }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to `columns`, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String) -> String {
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        if room <= 0 { return prefix(of: ellipsis, fitting: columns) }
        return prefix(of: text, fitting: room) + ellipsis
    }
}

/// C.UTF-8 as a locale object: `uselocale` makes it current for one thread at a time.
nonisolated(unsafe) private let utf8CType = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

private func withUTF8CType<T>(_ body: () -> T) -> T {
    guard let utf8CType else { return body() }
    let previous = uselocale(utf8CType)
    defer { uselocale(previous) }
    return body()
}

/// Where each key and table of a TOML text is written, found line by line: the TOML parser says where
/// a syntax error is, but not where a value it read came from, and every problem is reported with its
/// line. Also finds a key or a table written twice (the parser stops at the first, in English).
///
/// Follows TOML's structure as far as a configuration file needs it: `[tabla]` headers, `clave = valor`
/// with dotted or quoted keys, comments, and values that go on over several lines (multi-line strings,
/// arrays), whose lines are not keys.
struct KeyLines {
    /// The line (from 1) where each full key (`tabla.clave`) or table (`tabla`) is first written.
    private(set) var lines: [String: Int] = [:]
    /// Keys or tables written a second time: the full key, the line of the second, the line of the first.
    private(set) var duplicates: [(key: String, line: Int, first: Int)] = []

    init(_ text: String) {
        var table: [String] = []
        var continuation: Continuation?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = Substring(raw)
            if let open = continuation {
                continuation = Self.scanValue(line, from: open)
                continue
            }
            let content = line.drop { $0 == " " || $0 == "\t" }
            guard let first = content.first, first != "#", first != "\r" else { continue }
            if first == "[" {
                let isArray = content.hasPrefix("[[")
                let body = content.dropFirst(isArray ? 2 : 1)
                guard let end = body.firstIndex(of: "]") else { continue }
                table = Self.keyParts(body[..<end])
                if !isArray { record(table.joined(separator: "."), line: number) }
                continue
            }
            guard let equals = Self.equalsSign(in: content) else { continue }
            let key = table + Self.keyParts(content[..<equals])
            record(key.joined(separator: "."), line: number)
            continuation = Self.scanValue(content[content.index(after: equals)...], from: Continuation())
        }
    }

    private mutating func record(_ key: String, line: Int) {
        if let first = lines[key] {
            duplicates.append((key, line, first))
        } else {
            lines[key] = line
        }
    }

    /// The parts of a key as written (`a."b c".d`), unquoted.
    static func keyParts(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// The `=` of a `clave = valor` line (outside the quotes of a quoted key).
    private static func equalsSign(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }

    /// What is still open at the end of a value's line: brackets, or a multi-line string.
    struct Continuation {
        var depth = 0
        var multiline: String?
    }

    /// Scans a value's text; returns what stays open after it, or nil when the value ended.
    private static func scanValue(_ text: Substring, from start: Continuation) -> Continuation? {
        var state = start
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if let delimiter = state.multiline {
                if rest.hasPrefix(delimiter) {
                    state.multiline = nil
                    index = text.index(index, offsetBy: 3)
                } else {
                    index = text.index(after: index)
                }
                continue
            }
            if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") {
                state.multiline = String(rest.prefix(3))
                index = text.index(index, offsetBy: 3)
                continue
            }
            let character = text[index]
            switch character {
            case "#": index = text.endIndex; continue
            case "\"", "'":
                // A one-line string: skip to its end (a backslash escapes in "…" only).
                var inner = text.index(after: index)
                while inner < text.endIndex, text[inner] != character {
                    if character == "\"", text[inner] == "\\" { inner = text.index(after: inner) }
                    if inner < text.endIndex { inner = text.index(after: inner) }
                }
                index = inner < text.endIndex ? text.index(after: inner) : inner
                continue
            case "[", "{": state.depth += 1
            case "]", "}": state.depth = max(0, state.depth - 1)
            default: break
            }
            index = text.index(after: index)
        }
        return state.depth > 0 || state.multiline != nil ? state : nil
    }
}

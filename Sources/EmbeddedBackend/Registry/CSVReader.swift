/// Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, quotes
/// (doubled) and line breaks; lines end in LF or CRLF. Each record remembers the line it starts on.
///
/// Reads one record at a time, so a registry file of a million rows is never held as a million
/// arrays of strings (a kilobyte a row): only the record being read is.
struct CSVReader {
    struct Record {
        /// 1-based line number where the record starts.
        var line: Int
        var fields: [String]
    }

    /// A quoted field that never closes: the line where it opened.
    struct UnterminatedQuote: Error {
        var line: Int
    }

    private let characters: Substring
    private var index: Substring.Index
    private var line = 1

    /// Reads `text`; a leading byte-order mark is ignored.
    init(_ text: String) {
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        self.characters = characters
        index = characters.startIndex
    }

    /// The next record, or nil at the end of the text; blank lines are skipped.
    mutating func next() throws(UnterminatedQuote) -> Record? {
        while index < characters.endIndex {
            let recordLine = line
            var fields: [String] = []
            var field = ""
            var fieldStarted = false
            var quoted = false
            var quoteLine = line
            var ended = false
            while index < characters.endIndex, !ended {
                let character = characters[index]
                index = characters.index(after: index)
                if quoted {
                    if character == "\"" {
                        if index < characters.endIndex, characters[index] == "\"" {
                            field.append("\"")
                            index = characters.index(after: index)
                        } else {
                            quoted = false
                        }
                    } else {
                        if character == "\n" || character == "\r\n" { line += 1 }
                        field.append(character == "\r\n" ? "\n" : character)
                    }
                    continue
                }
                switch character {
                case "\"":
                    quoted = true
                    quoteLine = line
                    fieldStarted = true
                case ",":
                    fields.append(field)
                    field = ""
                    fieldStarted = true
                case "\n", "\r\n", "\r":
                    line += 1
                    ended = true
                default:
                    field.append(character)
                    fieldStarted = true
                }
            }
            if quoted { throw UnterminatedQuote(line: quoteLine) }
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) {
                return Record(line: recordLine, fields: fields)
            }
        }
        return nil
    }

    /// Every record of `text` (for tests and small files).
    static func records(in text: String) throws(UnterminatedQuote) -> [Record] {
        var reader = CSVReader(text)
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }
}

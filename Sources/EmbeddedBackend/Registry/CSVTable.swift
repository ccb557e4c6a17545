/// Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, quotes
/// (doubled) and line breaks; lines end in LF or CRLF. Each record remembers the line it starts on.
struct CSVTable {
    struct Record {
        /// 1-based line number where the record starts.
        var line: Int
        var fields: [String]
    }

    /// A quoted field that never closes: the line where it opened.
    struct UnterminatedQuote: Error {
        var line: Int
    }

    var records: [Record]

    /// Parses the text; blank lines are skipped, a leading byte-order mark is ignored.
    init(parsing text: String) throws(UnterminatedQuote) {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var fieldStarted = false
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldStarted = false
        }

        var index = characters.startIndex
        while index < characters.endIndex {
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
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
                fieldStarted = true
            }
        }
        if quoted { throw UnterminatedQuote(line: quoteLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        self.records = records
    }
}

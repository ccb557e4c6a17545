import TOMLKit

/// A TOML file as staff must fix it: its table when it parses, and what is wrong with its lines — a key
/// written twice (said even when the parser stops there, with both lines) and the parser's own error in
/// Spanish. The configuration and the language catalogues are read through this one rule.
struct CheckedTOML {
    let keyLines: KeyLines
    /// Nil when the text is not TOML: `problems` then says why.
    let table: TOMLTable?
    var problems: [ConfigProblem]

    /// `twice` words a key or table written a second time.
    init(_ text: String, twice: (_ key: String, _ first: Int) -> String) {
        keyLines = KeyLines(text)
        var problems = keyLines.duplicates.map { ConfigProblem(line: $0.line, twice($0.key, $0.first)) }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = Int(error.source.begin.line)
            // The parser stops at a key written twice too: that one is already said, with both lines.
            if !problems.contains(where: { $0.line == line }) {
                problems.append(ConfigProblem(line: line, SyntaxErrorWording.spanish(error.description,
                                                                                    column: Int(error.source.begin.column))))
            }
            table = nil
        } catch {
            problems.append(ConfigProblem(line: nil, "no es un archivo TOML válido."))
            table = nil
        }
        self.problems = problems
    }

    /// Problems in the order of their lines.
    static func byLine(_ a: ConfigProblem, _ b: ConfigProblem) -> Bool {
        (a.line ?? 0, a.message) < (b.line ?? 0, b.message)
    }
}

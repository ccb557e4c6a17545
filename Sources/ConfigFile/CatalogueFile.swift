import Foundation
import NSSCore
import TOMLKit

/// A language's catalogue file (`idiomas/CODE.toml`) read with TOMLKit and checked against the Spanish
/// reference, line by line: a syntax error, a key written twice, a key that no text has (with the closest
/// one that does), a value that is not a text, a text without a placeholder its Spanish has or with one it
/// does not. A text with a mistake, and a key the file lacks, are said in Spanish; a file that cannot be
/// read at all gives no catalogue (Spanish is used) — a catalogue never stops a kiosk.
public struct CatalogueFile: Sendable {
    public let path: String
    /// The language's code: the file's name without `.toml`.
    public let code: String
    /// What the file gives, each text checked; nil when the file cannot be used at all.
    public let catalogue: Catalogue?
    /// Sorted by line; empty for a good file.
    public let problems: [ConfigProblem]
    /// The texts the file does not give (said in Spanish), in the reference's order.
    public let missing: [Phrase]

    /// The largest catalogue read: the Spanish one is about 40 KB.
    static let largest = 1 << 20

    /// Reads the file at `path`: a file that cannot be read is one problem.
    public static func read(path: String) -> CatalogueFile {
        let code = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        func unusable(_ message: String) -> CatalogueFile {
            CatalogueFile(path: path, code: code, catalogue: nil, problems: [ConfigProblem(line: nil, message)], missing: [])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return unusable("el archivo no existe.") }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            return unusable("no se puede leer (¿es una carpeta, o faltan permisos?).")
        }
        guard data.count <= largest else { return unusable("es demasiado grande para ser un catálogo (más de 1 MiB).") }
        guard let text = String(data: data, encoding: .utf8) else { return unusable("no está en UTF-8.") }
        return parse(text, path: path, code: code)
    }

    /// Checks `text` as the catalogue of `code` at `path`.
    public static func parse(_ text: String, path: String, code: String) -> CatalogueFile {
        let checked = CheckedTOML(text) { key, first in "«\(key)» ya se había escrito en la línea \(first); cada clave va una sola vez." }
        let keyLines = checked.keyLines
        var problems = checked.problems
        guard let table = checked.table else {
            return CatalogueFile(path: path, code: code, catalogue: nil, problems: problems.sorted(by: byLine), missing: [])
        }
        let phrases = Dictionary(uniqueKeysWithValues: Phrase.allCases.map { ($0.key, $0) })
        var texts: [Phrase: String] = [:]
        let written = leaves(of: table)
        for (key, value) in written {
            let line = keyLines.lines[key]
            guard let phrase = phrases[key] else {
                problems.append(ConfigProblem(line: line, unknown(key)))
                continue
            }
            guard let translation = value.string else {
                problems.append(ConfigProblem(line: line, "«\(key)» debe ser un texto entre comillas."))
                continue
            }
            if let problem = placeholderProblem(key: key, phrase: phrase, translation: translation) {
                problems.append(ConfigProblem(line: line, problem))
                continue
            }
            guard !translation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                problems.append(ConfigProblem(line: line, "«\(key)» está vacío; se dice en español."))
                continue
            }
            texts[phrase] = translation
        }
        let present = Set(written.map(\.0))
        let missing = Phrase.allCases.filter { !present.contains($0.key) }
        return CatalogueFile(path: path, code: code, catalogue: Catalogue(code: code, texts: texts),
                             problems: problems.sorted(by: byLine), missing: missing)
    }

    private init(path: String, code: String, catalogue: Catalogue?, problems: [ConfigProblem], missing: [Phrase]) {
        self.path = path
        self.code = code
        self.catalogue = catalogue
        self.problems = problems
        self.missing = missing
    }

    /// What is wrong with the placeholders of `translation`: one its Spanish has and it lacks, or one it
    /// has and its Spanish does not.
    static func placeholderProblem(key: String, phrase: Phrase, translation: String) -> String? {
        let expected = phrase.placeholders
        let found = Placeholders.names(in: translation)
        if let lacking = expected.first(where: { !found.contains($0) }) {
            return "a «\(key)» le falta {\(lacking)}: el texto en español lo lleva y ahí va ese dato; se dice en español."
        }
        if let extra = found.first(where: { !expected.contains($0) }) {
            let allowed = expected.isEmpty ? "este texto no lleva ninguno"
                : "los que lleva: " + expected.map { "{\($0)}" }.joined(separator: ", ")
            return "«\(key)» lleva {\(extra)}, que no es un dato de este texto (\(allowed)); se dice en español."
        }
        return nil
    }

    private static let byLine = CheckedTOML.byLine

    /// Every value by its full dotted key, tables opened at any depth.
    private static func leaves(of table: TOMLTable, prefix: String = "") -> [(String, TOMLValueConvertible)] {
        var found: [(String, TOMLValueConvertible)] = []
        for key in table.keys {
            guard let value = table[key] else { continue }
            if let inner = value.table {
                found += leaves(of: inner, prefix: prefix + key + ".")
            } else {
                found.append((prefix + key, value))
            }
        }
        return found
    }

    /// «la clave no existe», with the closest key that does.
    private static func unknown(_ key: String) -> String {
        let closest = Phrase.keys.map { ($0, ConfigFile.editDistance($0, key)) }.min { $0.1 < $1.1 }
        if let (suggestion, distance) = closest, distance <= max(2, key.count / 4) {
            return "la clave «\(key)» no existe en el catálogo; ¿quisiste decir «\(suggestion)»?"
        }
        return "la clave «\(key)» no existe en el catálogo (las claves son las de idiomas/es.toml)."
    }
}

extension CatalogueFile {
    /// What `config check` says of the file, in Spanish: each problem on its line, then the keys it lacks
    /// (said in Spanish), or that it has no problem.
    public var report: [String] {
        var lines = problems.map { $0.described(in: path) }
        if catalogue == nil {
            lines.append("\(path): este catálogo no se usa: las pantallas de «\(code)» se muestran en español.")
        } else if !missing.isEmpty {
            lines.append("\(path): " + (missing.count == 1 ? "falta 1 texto, que se dice" : "faltan \(missing.count) textos, que se dicen")
                         + " en español: " + missing.map(\.key).joined(separator: ", ") + ".")
        }
        if lines.isEmpty { lines.append("\(path): sin problemas (\(Phrase.allCases.count) textos).") }
        return lines
    }
}

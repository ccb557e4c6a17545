import Foundation
import NSSCore
import Wizard
import Yams

/// A file of answers for `nss-kiosk --answers`: a YAML mapping (JSON is YAML too) of Spanish keys, read
/// with libyaml through Yams. Only its shape is checked here — which keys, what kind of value — each
/// answer is checked by its screen when it is typed. Every mistake is said in Spanish with its line
/// and column (README, «Recorridos con un archivo de respuestas»).
enum AnswersFile {
    /// The keys, as written in the file (accents and case do not matter).
    enum Key: String, CaseIterable {
        case version, curp, correo, confirmacion, sugerencia, captcha, codigo, documentos, terminar, pausa

        /// The required ones.
        static let required: [Key] = [.curp, .correo, .captcha, .codigo]
    }

    /// The largest file read: a file of answers is a few hundred bytes.
    static let maximumBytes = 64 * 1024

    /// Reads and checks the file at `path`.
    static func read(path: String) throws(AnswersFileError) -> ScriptedAnswers {
        let name = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AnswersFileError(file: name, message: "no existe el archivo de respuestas.")
        }
        guard !isDirectory.boolValue,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else {
            throw AnswersFileError(file: name, message: "no es un archivo normal.")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            throw AnswersFileError(file: name, message: "es demasiado grande para un archivo de respuestas (más de 64 KiB).")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnswersFileError(file: name, message: "no se puede leer (revisa sus permisos).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AnswersFileError(file: name, message: "no está escrito en UTF-8.")
        }
        return try parse(text, file: name)
    }

    /// Checks `source`, named `file` in the messages.
    static func parse(_ source: String, file: String) throws(AnswersFileError) -> ScriptedAnswers {
        func fail(_ mark: Mark?, _ message: String) -> AnswersFileError {
            AnswersFileError(file: file, line: mark?.line, column: mark?.column, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source)
        } catch let error as YamlError {
            throw syntaxError(error, file: file, source: source)
        } catch {
            throw fail(nil, "no se puede leer como YAML ni como JSON.")
        }
        guard let root else { throw fail(nil, "está vacío: le faltan las respuestas (curp, correo, captcha, codigo).") }
        guard case .mapping(let mapping) = root else {
            throw fail(root.mark, "debe ser una lista de claves y valores («curp: …», «correo: …»), no \(kind(of: root)).")
        }
        var values: [Key: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw fail(keyNode.mark, "una clave debe ser una palabra.") }
            let word = Diacritics.strip(scalar.string).lowercased().replacingOccurrences(of: "_", with: "-")
            guard let key = Key(rawValue: word) else {
                throw fail(keyNode.mark, "la clave «\(scalar.string)» no existe; las claves son "
                    + Key.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            guard values[key] == nil else { throw fail(keyNode.mark, "la clave «\(key.rawValue)» está dos veces.") }
            values[key] = value
        }
        func text(_ key: Key) throws(AnswersFileError) -> String? {
            guard let node = values[key] else { return nil }
            guard case .scalar(let scalar) = node else {
                throw fail(node.mark, "«\(key.rawValue)» debe ser un texto, no \(kind(of: node)).")
            }
            guard !scalar.string.isEmpty, scalar.tag != Tag(.null) else {
                throw fail(node.mark, "«\(key.rawValue)» no tiene valor.")
            }
            return scalar.string
        }
        func word(_ key: Key, _ choices: [String: String], said: String) throws(AnswersFileError) -> String? {
            guard let value = try text(key) else { return nil }
            guard let choice = choices[Diacritics.strip(value).lowercased()] else {
                throw fail(values[key]?.mark, "«\(key.rawValue)» no puede ser «\(value)»; puede ser \(said).")
            }
            return choice
        }
        // What is wrong with the values written comes first, then what is missing.
        for key in Key.allCases where key != .documentos { _ = try text(key) }
        _ = try documents(values[.documentos], fail: fail)
        for key in Key.required where values[key] == nil {
            throw fail(root.mark, "falta «\(key.rawValue)», que es obligatoria.")
        }

        if let version = try text(.version), version != "1" {
            throw fail(values[.version]?.mark, "esta versión de nss-kiosk lee la versión 1 de los archivos de respuestas, no «\(version)».")
        }
        let code: ScriptedAnswers.Code
        switch Diacritics.strip(try text(.codigo)!).lowercased() {
        case "desde-buzon": code = .fromOutbox
        case "esperar": code = .wait
        default: code = .typed(try text(.codigo)!)
        }
        let suggestion = try word(.sugerencia, ["usar": "use", "conservar": "keep"], said: "usar o conservar")
            .flatMap(ScriptedAnswers.Suggestion.init) ?? .keep
        let finish = try word(.terminar, ["si": "yes", "no": "no", "true": "yes", "false": "no"], said: "sí o no")
            .map { $0 == "yes" } ?? true
        var pause = 0
        if let seconds = try text(.pausa) {
            guard let value = Double(seconds.replacingOccurrences(of: ",", with: ".")), (0...10).contains(value) else {
                throw fail(values[.pausa]?.mark, "«pausa» son los segundos entre dos respuestas, de 0 a 10; no «\(seconds)».")
            }
            pause = Int((value * 1000).rounded())
        }
        return ScriptedAnswers(curp: try text(.curp)!, email: try text(.correo)!, emailConfirmation: try text(.confirmacion),
                               suggestion: suggestion, captcha: try text(.captcha)!, code: code,
                               documents: try documents(values[.documentos], fail: fail), finish: finish,
                               pauseMilliseconds: pause)
    }

    /// `documentos`: one of guardar, imprimir, copia, or a list of them, done in that order.
    private static func documents(_ node: Node?, fail: (Mark?, String) -> AnswersFileError)
        throws(AnswersFileError) -> [ScriptedAnswers.DocumentAction] {
        guard let node else { return [] }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default: throw fail(node.mark, "«documentos» es una lista de guardar, imprimir o copia.")
        }
        let names: [String: ScriptedAnswers.DocumentAction] = ["guardar": .save, "imprimir": .print, "copia": .emailCopy]
        var actions: [ScriptedAnswers.DocumentAction] = []
        for item in items {
            guard case .scalar(let scalar) = item, let action = names[Diacritics.strip(scalar.string).lowercased()] else {
                throw fail(item.mark, "en «documentos» van guardar, imprimir o copia; no «\(item.scalar?.string ?? kind(of: item))».")
            }
            actions.append(action)
        }
        return actions
    }

    /// Where `key` is written a second time at the start of a line (libyaml names only the mapping).
    static func secondLine(of key: String, in source: String) -> (line: Int, column: Int)? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = lines.enumerated().compactMap { index, line -> (line: Int, column: Int)? in
            let indent = line.prefix { $0 == " " || $0 == "{" || $0 == "," }.count
            let rest = line.dropFirst(indent).drop { $0 == "\"" || $0 == "'" }
            guard rest.hasPrefix(key), let after = rest.dropFirst(key.count).first, ":\"' ".contains(after) else { return nil }
            return (index + 1, indent + 1)
        }
        return starts.count > 1 ? starts[1] : nil
    }

    /// A syntax error of libyaml, at its place, in Spanish.
    static func syntaxError(_ error: YamlError, file: String, source: String) -> AnswersFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return AnswersFileError(file: file, line: mark.line, column: mark.column, message: YAMLProblem.spanish(problem) + ".")
        case .reader(let problem, _, _, _):
            return AnswersFileError(file: file, message: YAMLProblem.spanish(problem) + ".")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let place = secondLine(of: key, in: source) ?? (context.mark.line, context.mark.column)
            return AnswersFileError(file: file, line: place.line, column: place.column,
                                    message: "la clave «\(key)» está dos veces.")
        default:
            return AnswersFileError(file: file, message: "no se puede leer como YAML ni como JSON.")
        }
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "un texto"
        case .mapping: "un objeto de claves"
        case .sequence: "una lista"
        case .alias: "un alias"
        }
    }
}

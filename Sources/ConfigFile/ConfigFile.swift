import Foundation
import KioskSettings
import TOMLKit

/// A configuration file read with TOMLKit: the settings it gives (each checked) and, line by line,
/// everything wrong with it — a syntax error, a key or table written twice, a key or table that does
/// not exist (with the closest one that does), a value of the wrong type or out of its limits.
public struct ConfigFile: Sendable {
    public let path: String
    /// The settings the file gives, each valid.
    public let layer: [Setting: SettingValue]
    /// The line of each setting in `layer`.
    public let lines: [Setting: Int]
    /// Sorted by line; empty for a good file.
    public let problems: [ConfigProblem]

    /// Reads the file at `path`: a file that cannot be read is one problem.
    public static func read(path: String) -> ConfigFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ConfigFile(path: path, problems: [ConfigProblem(line: nil, "el archivo no existe.")])
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            return ConfigFile(path: path, problems: [ConfigProblem(line: nil, "no se puede leer (¿es una carpeta, o faltan permisos?).")])
        }
        guard data.count <= 1 << 20 else {
            return ConfigFile(path: path, problems: [ConfigProblem(line: nil, "es demasiado grande para ser un archivo de configuración (más de 1 MiB).")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ConfigFile(path: path, problems: [ConfigProblem(line: nil, "no está en UTF-8.")])
        }
        return parse(text, path: path)
    }

    private init(path: String, layer: [Setting: SettingValue] = [:], lines: [Setting: Int] = [:], problems: [ConfigProblem]) {
        self.path = path
        self.layer = layer
        self.lines = lines
        self.problems = problems
    }

    /// Checks `text` as the file at `path`.
    public static func parse(_ text: String, path: String) -> ConfigFile {
        let checked = CheckedTOML(text) { key, first in
            "«\(key)» ya se había escrito en la línea \(first); cada clave y cada sección van una sola vez."
        }
        var problems = checked.problems
        guard let table = checked.table else { return ConfigFile(path: path, problems: problems.sorted(by: Self.byLine)) }
        let keyLines = checked.keyLines
        var layer: [Setting: SettingValue] = [:]
        var lines: [Setting: Int] = [:]
        let settings = Dictionary(uniqueKeysWithValues: Setting.allCases.map { ($0.name, $0) })
        for (name, value) in Self.leaves(of: table) {
            let line = keyLines.lines[name]
            guard let setting = settings[name] else {
                problems.append(ConfigProblem(line: line, Self.unknown(name, isTable: value.type == .table)))
                continue
            }
            guard let read = Self.value(value), read.kind == setting.kind else {
                problems.append(ConfigProblem(line: line, "«\(name)» debe ser \(setting.kind.described), no \(Self.typeWording(value.type))."))
                continue
            }
            switch setting.validate(read) {
            case .success(let valid):
                layer[setting] = valid
                lines[setting] = line
            case .failure(let problem):
                problems.append(ConfigProblem(line: line, "«\(name)» \(problem.message)"))
            }
        }
        return ConfigFile(path: path, layer: layer, lines: lines, problems: problems.sorted(by: Self.byLine))
    }

    private static let byLine = CheckedTOML.byLine

    /// Every value that is not a known table, by full name: the keys of the known tables, and whatever
    /// else stands where a table or a key should not (reported as unknown).
    private static func leaves(of table: TOMLTable) -> [(String, TOMLValueConvertible)] {
        let tables = Set(Setting.allCases.compactMap { $0.fileKey.table })
        var found: [(String, TOMLValueConvertible)] = []
        for key in table.keys {
            guard let value = table[key] else { continue }
            if tables.contains(key), let inner = value.table {
                for innerKey in inner.keys {
                    if let innerValue = inner[innerKey] { found.append(("\(key).\(innerKey)", innerValue)) }
                }
            } else {
                found.append((key, value))
            }
        }
        return found
    }

    private static func value(_ value: TOMLValueConvertible) -> SettingValue? {
        switch value.type {
        case .string: value.string.map(SettingValue.text)
        case .int: value.int.map(SettingValue.integer)
        case .bool: value.bool.map(SettingValue.flag)
        default: nil
        }
    }

    private static func typeWording(_ type: TOMLType) -> String {
        switch type {
        case .string: "un texto"
        case .int: "un número entero"
        case .double: "un número con decimales"
        case .bool: "true o false"
        case .table: "una sección"
        case .array: "una lista"
        case .date, .time, .dateTime: "una fecha u hora"
        }
    }

    /// «clave desconocida», with the closest existing name when there is one.
    private static func unknown(_ name: String, isTable: Bool) -> String {
        let tables = Set(Setting.allCases.compactMap { $0.fileKey.table })
        let candidates = isTable ? Array(tables) : Setting.allCases.map(\.name)
        let what = isTable ? "la sección [\(name)] no existe" : "la clave «\(name)» no existe"
        let closest = candidates.map { ($0, editDistance($0, name)) }.min { $0.1 < $1.1 }
        if let (suggestion, distance) = closest, distance <= max(2, name.count / 4) {
            return "\(what); ¿quisiste decir «\(isTable ? "[\(suggestion)]" : suggestion)»?"
        }
        return "\(what). Las que existen: \(isTable ? tables.sorted().map { "[\($0)]" }.joined(separator: ", ") : Setting.allCases.map(\.name).joined(separator: ", "))."
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

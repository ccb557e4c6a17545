import ConfigFile
import EmbeddedBackend
import Foundation
import KioskSettings

/// What `config check` says about `[datos] almacen` and `conexiones` beyond what any setting is checked
/// for: the address parsed as the store will parse it, the connections within the store's bounds, and a
/// password in a file that others may read (the file must then be 0600 or 0640).
enum StoreSettingCheck {
    static func problems(_ file: ConfigFile) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if case .text(let url)? = file.layer[.store] {
            let line = file.lines[.store]
            if PostgresLocation(url) == nil {
                problems.append(ConfigProblem(line: line, "«\(Setting.store.name)» "
                    + EmbeddedConfigurationError.storeURL(StoreAddress.shown(url)).description))
            }
            if StoreAddress.hasPassword(url), let mode = mode(of: file.path), !isPrivate(mode) {
                problems.append(ConfigProblem(line: line, "«\(Setting.store.name)» lleva la contraseña de la base de datos y "
                    + "otros usuarios pueden leer este archivo (modo \(String(mode, radix: 8))): déjalo en 0600 o 0640 "
                    + "(chmod 640 y el grupo del servidor), o usa un socket de Unix sin contraseña."))
            }
        }
        if case .integer(let connections)? = file.layer[.storeConnections], connections > PostgresStore.maximumConnections {
            problems.append(ConfigProblem(line: file.lines[.storeConnections], "«\(Setting.storeConnections.name)» "
                + EmbeddedConfigurationError.storeConnections(connections).description))
        }
        return problems
    }

    /// Readable by its owner and at most its group, written by its owner alone: 0600, 0640, 0400, 0440.
    static func isPrivate(_ mode: Int) -> Bool { mode & 0o137 == 0 }

    private static func mode(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    }
}

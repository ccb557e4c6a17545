import Foundation

/// A registry file that cannot be read at all (row problems go in `ImportReport` instead).
public enum RegistryImportError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case unreadable(path: String)
    case notUTF8(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "No se pudo leer el archivo «\(path)»."
        case .notUTF8(let path): "El archivo «\(path)» no está en UTF-8; guárdalo como «CSV UTF-8»."
        }
    }

    public var errorDescription: String? { description }
}

import Foundation
import NSSCore

/// A registry file that cannot be read at all (row problems go in `ImportReport` instead).
public enum RegistryImportError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The largest file read: 64 MiB, some 600,000 rows (a whole state's registry is far less);
    /// a larger one is refused before it is read.
    public static let maximumFileSize = 64 << 20

    case unreadable(path: String)
    /// A folder, a FIFO, a device or a file without permission: `reason` says which, in Spanish.
    case notAFile(path: String, reason: String)
    case tooLarge(path: String, bytes: Int)
    case notUTF8(path: String)

    /// The path is shown, never obeyed: it may hold a line break or an escape sequence.
    public var description: String {
        switch self {
        case .unreadable(let path): "No se pudo leer el archivo «\(UnsafeText.escaped(path))»."
        case .notAFile(let path, let reason): "No se pudo leer «\(UnsafeText.escaped(path))»: \(reason)."
        case .tooLarge(let path, let bytes):
            "El archivo «\(UnsafeText.escaped(path))» tiene \(bytes) bytes; un registro se carga en archivos de "
                + "\(Self.maximumFileSize) bytes como máximo: divídelo en varios."
        case .notUTF8(let path): "El archivo «\(UnsafeText.escaped(path))» no está en UTF-8; guárdalo como «CSV UTF-8»."
        }
    }

    public var errorDescription: String? { description }
}

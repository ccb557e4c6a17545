import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders only their owner can read: 0700 folders, 0600 files, whatever the umask.
/// They hold personal data (the registry, the email outbox).
enum PrivateFiles {
    /// Why a private file could not be made; carries the errno and no path or content.
    struct Failure: Error, CustomStringConvertible {
        var operation: String
        var code: Int32
        var description: String { "\(operation) failed with errno \(code)" }
    }

    /// Creates the folder (and missing parents) with mode 0700; an existing folder is left as it is.
    static func makeDirectory(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw Failure(operation: "mkdir", code: ENOTDIR)
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        guard chmod(url.path, 0o700) == 0 else { throw Failure(operation: "chmod", code: errno) }
    }

    /// Makes sure the file exists with mode 0600 (SQLite then gives its -wal and -shm files the same mode).
    static func ensureFile(_ url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(operation: "open", code: errno) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(operation: "fchmod", code: errno) }
    }

    /// Sets mode 0600 on an existing file; a missing file is fine.
    static func restrict(_ url: URL) throws {
        if chmod(url.path, 0o600) != 0 && errno != ENOENT { throw Failure(operation: "chmod", code: errno) }
    }

    /// Writes a new file with mode 0600 and flushes it to disk; fails if the file exists. A write that
    /// fails (a full disk) removes what it wrote: no half file is ever left behind.
    static func writeNew(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(operation: "open", code: errno) }
        defer { close(descriptor) }
        do {
            try fill(descriptor, with: data)
        } catch {
            unlink(url.path)
            throw error
        }
    }

    private static func fill(_ descriptor: Int32, with data: Data) throws {
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(operation: "fchmod", code: errno) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(operation: "write", code: errno)
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else { throw Failure(operation: "fsync", code: errno) }
    }

    /// Flushes a folder's entries (a rename into it) to disk.
    static func syncDirectory(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(operation: "open", code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Failure(operation: "fsync", code: errno) }
    }

    /// The system error as staff read it, in Spanish: `errno 28, disco lleno`.
    static func spanishName(errno code: Int32) -> String {
        let name: String? = switch code {
        case ENOSPC: "disco lleno"
        case EDQUOT: "cuota de disco agotada"
        case EACCES, EPERM: "permiso denegado"
        case EROFS: "disco de sólo lectura"
        case ENOENT: "la carpeta no existe"
        case ENOTDIR: "no es una carpeta"
        case EIO: "error de lectura o escritura del disco"
        default: nil
        }
        return "errno \(code)" + (name.map { ", \($0)" } ?? "")
    }

    /// Removes a file; a missing file is fine.
    static func remove(_ url: URL) {
        unlink(url.path)
    }

    /// Renames atomically within one file system.
    static func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else { throw Failure(operation: "rename", code: errno) }
    }
}

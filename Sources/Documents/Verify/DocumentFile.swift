#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a file staff name (`verify`'s document and certificate, `registry import`'s CSV) within a limit: only a regular
/// file is read (a FIFO, a device or a folder is refused before any read can block or never end),
/// and one larger than the limit is not read at all — a sparse file of gigabytes costs a `fstat`,
/// not its size in memory.
public enum DocumentFile {
    public enum Contents: Sendable {
        case bytes([UInt8])
        case tooLarge(size: Int)
    }

    /// Why the file could not be read, in Spanish.
    public struct Unreadable: Error, Sendable {
        public let reason: String
        /// The file does not exist (as opposed to existing and not being readable).
        public let isMissing: Bool

        init(reason: String, isMissing: Bool = false) {
            self.reason = reason
            self.isMissing = isMissing
        }
    }

    public static func load(_ path: String, limit: Int) throws(Unreadable) -> Contents {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Unreadable(reason: reason(errno), isMissing: errno == ENOENT || errno == ENOTDIR) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Unreadable(reason: reason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Unreadable(reason: "es una carpeta, no un archivo")
        case S_IFIFO, S_IFSOCK: throw Unreadable(reason: "es una tubería (FIFO) o un socket, no un archivo")
        default: throw Unreadable(reason: "es un dispositivo, no un archivo")
        }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size: size) }
        // The size fstat gave, and one byte more to see that the file did not grow meanwhile: a buffer of
        // the limit's size was 64 MiB of zeros for a file of a few kilobytes. A file that does grow is
        // read on, in doubling buffers, up to one byte past the limit.
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
        var count = 0
        while count < limit + 1 {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: reason(errno))
            }
            if got == 0 { break }
            count += got
        }
        // A file that grew while being read is judged by what was read, never past the limit.
        if count > limit { return .tooLarge(size: count) }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no existe"
        case EACCES, EPERM: "no tienes permiso de leerlo"
        case EISDIR: "es una carpeta, no un archivo"
        case ELOOP: "es un enlace que da vueltas"
        default: "no se puede leer (error \(code) del sistema)"
        }
    }
}

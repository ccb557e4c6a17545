#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX file operations the seal's key store needs, with the guarantees it relies on:
/// files appear whole or not at all, and a file created once is never replaced.
enum FileSystem {
    /// The reason of a failed call, for messages.
    static func reason(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Creates `path` (and its parents) as a directory with mode 0700, or accepts it as it is when
    /// it already exists as a directory.
    static func makePrivateDirectory(_ path: String) throws(DocumentError) {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw .keyDirectory(path: path, reason: "no se pudo crear la carpeta que la contiene")
            }
        }
        if mkdir(path, 0o700) == 0 {
            guard chmod(path, 0o700) == 0 else { throw .keyDirectory(path: path, reason: reason()) }
            return
        }
        let code = errno
        var info = stat()
        guard code == EEXIST, stat(path, &info) == 0 else { throw .keyDirectory(path: path, reason: reason(code)) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .keyDirectory(path: path, reason: "no es una carpeta") }
    }

    /// The file's bytes, or nil when it does not exist.
    static func contents(of path: String) throws(DocumentError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .keyFile(path: path, reason: reason())
        }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .keyFile(path: path, reason: reason())
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Writes `contents` to `path` with `mode` unless `path` already exists. The bytes go to a
    /// temporary file first, which is then hard-linked to `path`: `link` fails when the name
    /// exists, so of several processes racing exactly one wins, and readers never see a partial
    /// file. Returns false when another file was there first.
    static func createOnce(_ path: String, contents: Data, mode: mode_t) throws(DocumentError) -> Bool {
        let temporary = try writeTemporary(besides: path, contents: contents, mode: mode)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 {
            syncDirectory(of: path)
            return true
        }
        if errno == EEXIST { return false }
        throw .keyFile(path: path, reason: reason())
    }

    /// Writes `contents` to `path` with `mode`, replacing what was there in one step (rename).
    static func replace(_ path: String, contents: Data, mode: mode_t) throws(DocumentError) {
        let temporary = try writeTemporary(besides: path, contents: contents, mode: mode)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .keyFile(path: path, reason: reason(code))
        }
    }

    private static func writeTemporary(besides path: String, contents: Data, mode: mode_t) throws(DocumentError) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .keyFile(path: path, reason: reason()) }
        var failure: Int32 = 0
        if fchmod(fd, mode) != 0 { failure = errno }
        contents.withUnsafeBytes { raw in
            var offset = 0
            while failure == 0 && offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno != EINTR { failure = errno }
                } else {
                    offset += written
                }
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure != 0 {
            unlink(temporary)
            throw .keyFile(path: path, reason: reason(failure))
        }
        return temporary
    }

    private static func syncDirectory(of path: String) {
        let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

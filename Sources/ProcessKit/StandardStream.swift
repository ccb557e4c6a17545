#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writing to a file descriptor without Foundation's `FileHandle`.
public enum StandardStream {
    /// Writes all of `text` to `fd` (standard output by default); false if the other end is gone.
    @discardableResult
    public static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) -> Bool {
        var text = text
        return text.withUTF8 { write($0, to: fd) }
    }

    /// Writes all of `bytes` to `fd`, again after interruptions and partial writes.
    @discardableResult
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

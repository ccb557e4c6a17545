#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reading a file descriptor to its end, the one loop for pipes and standard input.
public enum DescriptorReading {
    /// Calls `body` with each piece read from `fd`, blocking, until end of file or an error (an
    /// interrupted read is retried).
    public static func forEachChunk(of fd: Int32, size: Int = 64 * 1024, _ body: (ArraySlice<UInt8>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            body(buffer[..<count])
        }
    }
}

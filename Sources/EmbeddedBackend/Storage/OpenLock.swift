import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on `DATA/open.lock`, held while a process creates or migrates the
/// database and seeds the registry, so that several processes opening one fresh data directory at once
/// do the setup exactly once.
struct OpenLock {
    private let descriptor: Int32

    /// Blocks until this process holds the lock.
    init(directory: URL) throws {
        let path = directory.appendingPathComponent("open.lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PrivateFiles.Failure(operation: "open", code: errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR {
                let code = errno
                close(descriptor)
                throw PrivateFiles.Failure(operation: "flock", code: code)
            }
        }
        self.descriptor = descriptor
    }

    /// Releases the lock.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The descriptors the server may hold. systemd starts a service with a soft limit of 1024 (its hard
/// limit is far higher): the default cap of open connections (1000) plus the store's connections, the
/// logs and the PDF helper's pipes would reach it, and then every accept fails. The soft limit is raised
/// to the hard one at the start, and the connections are capped below what is left.
public enum DescriptorLimit {
    /// Descriptors kept for everything but the connections.
    public static let reserve = 128

    /// Raises this process's soft limit as far as its hard limit allows (at most 1 048 576); the limit now.
    public static func raised() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        let wanted = min(limit.rlim_max, 1 << 20)
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return Int(clamping: limit.rlim_cur)
    }

    /// The connections a process with `descriptors` may hold open, at most `wanted`.
    public static func connections(_ wanted: Int, descriptors: Int) -> Int {
        min(wanted, max(16, descriptors - reserve))
    }
}

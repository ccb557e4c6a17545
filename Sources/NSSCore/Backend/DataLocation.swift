import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where nss-kiosk keeps its data when not told otherwise.
public enum DataLocation {
    /// The data directory of a command line: `given` (its `--data`), else `defaultDirectory`.
    public static func directory(given: String?,
                                 environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        given.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? defaultDirectory(environment: environment)
    }

    /// `$XDG_DATA_HOME/nss-kiosk`, or `~/.local/share/nss-kiosk` when that variable is unset or not an
    /// absolute path (as the XDG Base Directory specification asks).
    public static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return URL(fileURLWithPath: dataHome, isDirectory: true)
                .appendingPathComponent("nss-kiosk", isDirectory: true)
        }
        return URL(fileURLWithPath: homeDirectory(environment: environment), isDirectory: true)
            .appendingPathComponent(".local/share/nss-kiosk", isDirectory: true)
    }

    /// `$HOME`, else the home directory of the user in the password database, else `/`.
    public static func homeDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return "/"
    }
}

import Foundation

/// Where nss-kiosk keeps its data when not told otherwise.
public enum DataLocation {
    /// `$XDG_DATA_HOME/nss-kiosk`, or `~/.local/share/nss-kiosk` when that variable is unset or not an
    /// absolute path (as the XDG Base Directory specification asks).
    public static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return URL(fileURLWithPath: dataHome, isDirectory: true)
                .appendingPathComponent("nss-kiosk", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/nss-kiosk", isDirectory: true)
    }
}

import Foundation

/// The environment every program a test starts gets: this process's, with a home and XDG folders of
/// the test run's own, made empty at the first use. A test of mutt, tmux or the wizard then behaves
/// as on a machine where none of them has ever run, whatever the developer's home holds.
public enum TestEnvironment {
    /// A fresh, empty home for this test process.
    public static let home: URL = {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("nss-test-home-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return home
    }()

    /// This process's environment with HOME and the XDG folders pointing into `home`.
    public static var variables: [String: String] {
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in isolated { variables[name] = value }
        return variables
    }

    /// HOME and the XDG folders, each inside `home`.
    public static var isolated: [String: String] {
        [
            "HOME": home.path,
            "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
            "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
            "XDG_STATE_HOME": home.appendingPathComponent(".local/state").path,
            "XDG_CACHE_HOME": home.appendingPathComponent(".cache").path,
            "XDG_RUNTIME_DIR": home.path,
        ]
    }
}

import Foundation

/// The wizard in a terminal of its own, on a data directory of its own; `close()` ends the terminal and
/// removes the directory.
struct KioskTerminal: Sendable {
    let tmux: Tmux
    let kiosk: Kiosk
    let directory: URL

    /// A UTF-8 terminal that tmux emulates fully; a test changes what it is about.
    static let standardEnvironment = ["PATH": "/usr/bin:/bin", "TERM": "tmux-256color", "LANG": "C.UTF-8"]

    /// Opens the wizard (in captcha test mode unless `testMode` is false) with `extra` arguments, in a
    /// terminal of `columns`×`rows`,
    /// with `environment` over the standard one (an empty value removes a variable); with `staffPIN`,
    /// the data directory's kiosk.conf sets it (`--kiosk` needs one).
    /// With `kiosk`, on that data directory (another terminal of the same account, as after an SSH
    /// reconnection); `close()` then leaves it.
    static func open(_ extra: [String] = [], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
                     staffPIN: String? = nil, testMode: Bool = true, kiosk existing: Kiosk? = nil) async throws -> KioskTerminal {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nss-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let kiosk = existing ?? Kiosk(data: directory.appendingPathComponent("data"))
        if let staffPIN {
            try FileManager.default.createDirectory(at: kiosk.data, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try "pin_personal = \(staffPIN)\n".write(to: kiosk.data.appendingPathComponent("kiosk.conf"),
                                                      atomically: true, encoding: .utf8)
        }
        var variables = standardEnvironment.merging(environment) { $1 }.filter { !$0.value.isEmpty }
        variables["HOME"] = directory.path
        let tmux = try await Tmux.start(kiosk.wizardArguments(extra, testMode: testMode), columns: columns, rows: rows,
                                  environment: variables, in: directory)
        return KioskTerminal(tmux: tmux, kiosk: kiosk, directory: directory)
    }

    func close() {
        tmux.kill()
        try? FileManager.default.removeItem(at: directory)
    }
}

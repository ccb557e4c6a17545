import FoundationEssentials

/// The programs installed with this one: nss-kiosk, nss-kiosk-backend and nss-kiosk-pdf live in one
/// folder and find each other there (in tests, SwiftPM builds every product into the test runner's
/// folder, so the same rule holds).
public enum InstalledProgram {
    /// `name` in the folder of the running program.
    public static func besideThisProgram(_ name: String) -> URL {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? name
        return URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(name)
    }
}

import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// The programs installed with this one: nss-kiosk, nss-kiosk-backend and nss-kiosk-pdf live in one
/// folder and find each other there (in tests, SwiftPM builds every product into the test runner's
/// folder, so the same rule holds).
public enum InstalledProgram {
    /// `name` in the folder of the running program.
    public static func besideThisProgram(_ name: String) -> URL {
        URL(fileURLWithPath: runningProgram).deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The path of the running program (/proc/self/exe, read with readlink: a syscall, where
    /// FileManager's first use cost the wizard a fifth of a millisecond before its first screen).
    static var runningProgram: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "." }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fresh folders for tests, all under one folder per test run (`$TMPDIR/nss-kiosk-tests/run-PID`).
/// A run removes the folders of earlier runs whose process is gone, so data directories do not pile up
/// and concurrent runs never touch each other's.
public enum TemporaryDirectory {
    private static let base = FileManager.default.temporaryDirectory.appendingPathComponent("nss-kiosk-tests", isDirectory: true)

    private static let run: URL = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix("run-") {
            if let pid = Int32(name.dropFirst(4)), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
            }
        }
        let url = base.appendingPathComponent("run-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    public static func make(_ label: String = "data") -> URL {
        let url = run.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

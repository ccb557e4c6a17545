import Foundation

/// A fresh folder under the system's temporary directory, one per test.
enum TemporaryDirectory {
    static func make(_ label: String = "nss-kiosk-test") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

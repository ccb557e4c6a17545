import Foundation
import Terminal
import Testing

/// A folder of golden 80×24 screens: `expect` compares a snapshot with `<folder>/<name>.txt`. With
/// UPDATE_GOLDEN=1 in the environment the file is (re)written instead; a missing file is written and the
/// test fails, so a new golden is always looked at before it counts.
public struct GoldenFolder: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    public func expect(_ snapshot: ScreenSnapshot, _ name: String, sourceLocation: SourceLocation) {
        let file = url.appending(path: "\(name).txt")
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? snapshot.golden.write(to: file, atomically: true, encoding: .utf8)
            if !update {
                Issue.record("golden \(name) was missing and has been recorded: look at it", sourceLocation: sourceLocation)
            }
            return
        }
        if snapshot.golden != expected {
            let actual = file.deletingPathExtension().appendingPathExtension("actual.txt")
            try? snapshot.golden.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("""
                screen differs from golden \(name) (written to \(actual.lastPathComponent); UPDATE_GOLDEN=1 accepts it)
                \(snapshot.text)
                """, sourceLocation: sourceLocation)
        }
    }
}

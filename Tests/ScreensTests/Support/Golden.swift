import Foundation
import Terminal
import Testing

/// Compares a snapshot with `Golden/<name>.txt`. With UPDATE_GOLDEN=1 in the environment the file is
/// (re)written instead; a missing file is written and the test fails, so a new golden is always
/// looked at before it counts.
func expectGolden(_ snapshot: ScreenSnapshot, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Golden").appending(path: "\(name).txt")
    let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
    guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? snapshot.golden.write(to: url, atomically: true, encoding: .utf8)
        if !update {
            Issue.record("golden \(name) was missing and has been recorded: look at it", sourceLocation: sourceLocation)
        }
        return
    }
    if snapshot.golden != expected {
        let actual = url.deletingPathExtension().appendingPathExtension("actual.txt")
        try? snapshot.golden.write(to: actual, atomically: true, encoding: .utf8)
        Issue.record("""
            screen differs from golden \(name) (written to \(actual.lastPathComponent); UPDATE_GOLDEN=1 accepts it)
            \(snapshot.text)
            """, sourceLocation: sourceLocation)
    }
}

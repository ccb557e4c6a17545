import Foundation
import PlainMode
import Testing

/// Everything plain mode wrote, as one string, readable while the session runs.
final class Transcript: LineOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var written = ""

    func write(_ text: String) {
        lock.withLock { written += text }
    }

    var text: String { lock.withLock { written } }

    /// Waits until `phrase` was written after the first `offset` UTF-8 bytes; returns the offset just
    /// past it. Gives up when the session ended (the wait is cancelled), or records an issue after 30
    /// seconds (generous: CI machines can be loaded; the wait ends as soon as the phrase appears).
    func waitUntil(written phrase: String, after offset: Int) async -> Int {
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            // One more look after the deadline: this task may have been kept waiting past it.
            let late = ContinuousClock.now >= deadline
            if Task.isCancelled { return offset }
            let text = self.text
            let tail = String(decoding: text.utf8.dropFirst(offset), as: UTF8.self)
            if let range = tail.range(of: phrase) {
                return offset + tail[..<range.upperBound].utf8.count
            }
            if late { break }
            try? await Task.sleep(for: .milliseconds(5))
        }
        Issue.record("plain mode never wrote «\(phrase)»; it wrote:\n\(text)")
        return offset
    }

    /// What was written after the first occurrence of `marker` (empty when it never was).
    func after(_ marker: String) -> String {
        guard let range = text.range(of: marker) else { return "" }
        return String(text[range.upperBound...])
    }
}

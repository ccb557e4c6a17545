import Documents
import Foundation
import Testing
import TestSupport

/// Reading a file given by a person within a limit: all of it, never past the limit, whatever its size
/// claims to be.
@Suite struct DocumentFileTests {
    @Test func aSmallFileIsReadWholeAndOnePastTheLimitIsRefused() throws {
        let url = TemporaryDirectory.make("doc").appendingPathComponent("a.csv")
        try Data("curp,nombres\n".utf8).write(to: url)
        guard case .bytes(let bytes) = try DocumentFile.load(url.path, limit: 13) else { Issue.record("refused"); return }
        #expect(String(decoding: bytes, as: UTF8.self) == "curp,nombres\n")
        guard case .tooLarge(let size) = try DocumentFile.load(url.path, limit: 12) else { Issue.record("read"); return }
        #expect(size == 13)
    }

    /// /proc's files say they hold nothing and hold a page: like a file that grows while it is read,
    /// it is read on past its stated size, and up to the limit only.
    @Test func aFileLargerThanItsStatedSizeIsReadOnUpToTheLimit() throws {
        guard case .bytes(let bytes) = try DocumentFile.load("/proc/self/status", limit: 1 << 20) else {
            Issue.record("refused")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
        guard case .tooLarge(let size) = try DocumentFile.load("/proc/self/status", limit: 40) else {
            Issue.record("read past the limit")
            return
        }
        #expect(size == 41)
    }
}

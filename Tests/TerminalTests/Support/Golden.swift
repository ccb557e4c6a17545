import Foundation
import GoldenFiles
import Terminal
import Testing

/// This target's golden screens, in its Golden folder.
func expectGolden(_ snapshot: ScreenSnapshot, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    GoldenFolder(URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "Golden"))
        .expect(snapshot, name, sourceLocation: sourceLocation)
}

import Foundation

/// Reads a QR code the way a phone would have to: from its modules, drawn as a black-on-white image with
/// a wide white border, by zbarimg (zbar-tools), which knows nothing of how the project made it.
public enum QRReader {
    /// The text of the code whose dark modules are `true`, or nil when zbarimg reads none.
    public static func read(_ modules: [[Bool]]) async throws -> String? {
        let scale = 6, border = 8
        let side = modules.map(\.count).max() ?? 0
        let pixels = (side + 2 * border) * scale
        var image = "P1\n\(pixels) \(pixels)\n"
        for y in 0..<pixels {
            let row = y / scale - border
            var line = ""
            for x in 0..<pixels {
                let column = x / scale - border
                let dark = modules.indices.contains(row) && modules[row].indices.contains(column) && modules[row][column]
                line += dark ? "1 " : "0 "
            }
            image += line + "\n"
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
        try Data(image.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try await Tool.zbarimg.run(["--raw", "-q", file.path], deadline: .seconds(30))
        let text = run.outputText.trimmingCharacters(in: .newlines)
        return run.succeeded && !text.isEmpty ? text : nil
    }

    /// The modules of a code drawn with half blocks (`▀`, `▄`, `█`, space: ink is dark), as a screen
    /// capture shows it: two rows of modules per line, from `column` for `width` columns.
    public static func modules(halfBlockLines lines: [String], column: Int, width: Int) -> [[Bool]] {
        var modules: [[Bool]] = []
        for line in lines {
            let cells = Array(line).dropFirst(column).prefix(width)
            modules.append(cells.map { $0 == "▀" || $0 == "█" })
            modules.append(cells.map { $0 == "▄" || $0 == "█" })
        }
        return modules
    }

    /// The modules of rows of `1` (dark) and `0`.
    public static func modules(bitRows rows: [String]) -> [[Bool]] {
        rows.map { $0.map { $0 == "1" } }
    }
}

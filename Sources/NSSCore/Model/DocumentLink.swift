import FoundationEssentials

/// A link that lets the applicant take one document on their phone: it works once, until `expiresAt`,
/// and is shown on the documents screen as a QR code (`code`) beside its address.
public struct DocumentLink: Codable, Sendable, Hashable {
    public var kind: DocumentKind
    public var url: String
    public var expiresAt: Date
    public var code: QRCodePicture

    public init(kind: DocumentKind, url: String, expiresAt: Date, code: QRCodePicture) {
        self.kind = kind
        self.url = url
        self.expiresAt = expiresAt
        self.code = code
    }
}

/// The modules of a QR code, made where the QR library is (the backend), so that the wizard only draws
/// them. Each row is a string of `1` (dark) and `0` (light), without the quiet zone.
public struct QRCodePicture: Codable, Sendable, Hashable {
    public var rows: [String]

    public init(rows: [String]) { self.rows = rows }

    /// Modules per side; 0 for a picture whose rows are not all as long as there are rows (a malformed
    /// answer draws nothing rather than a code no phone can read).
    public var width: Int {
        let count = rows.count
        return rows.allSatisfy({ $0.utf8.count == count && $0.utf8.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") } })
            ? count : 0
    }

    /// Whether the module at `row`, `column` is dark; the light quiet zone around the code for any place
    /// outside it.
    public func isDark(row: Int, column: Int) -> Bool {
        guard row >= 0, row < rows.count else { return false }
        let line = rows[row].utf8
        guard column >= 0, column < line.count else { return false }
        return line[line.index(line.startIndex, offsetBy: column)] == UInt8(ascii: "1")
    }
}

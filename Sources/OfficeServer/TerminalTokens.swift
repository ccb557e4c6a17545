import BackendOptions
import Crypto
import Foundation
import SecretFile

/// Who may call the office server: each terminal's name and its bearer token, from the server's tokens
/// file — one `nombre token` per line (`nombre token kiosco` for a kiosk, whose applications are never
/// offered for resuming), `#` comments and blank lines ignored, readable only by its owner. The tokens are kept only as SHA-256 digests, and a presented token is compared with every
/// one in time that does not depend on where they differ.
public struct TerminalTokens: Sendable {
    struct Entry: Sendable {
        let name: String
        let digest: [UInt8]
        let isKiosk: Bool
    }

    /// The word after a kiosk's token.
    public static let kioskMark = "kiosco"

    let entries: [Entry]
    /// The shortest token taken (`openssl rand -hex 32` makes 64 characters).
    public static let shortestToken = 24

    /// The terminals of a tokens file.
    public static func load(_ path: String) throws(SecretFile.Refusal) -> TerminalTokens {
        try parse(try SecretFile.read(path, what: "el archivo de credenciales"), file: path)
    }

    /// The terminals of a tokens file's text; `file` names it in the messages.
    public static func parse(_ text: String, file: String) throws(SecretFile.Refusal) -> TerminalTokens {
        var entries: [Entry] = []
        var names = Set<String>()
        var digests = Set<[UInt8]>()
        // A file saved on Windows may start with a byte-order mark and ends its lines with CR LF, which Swift
        // reads as one character: the mark is dropped and lines split at both.
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let where_ = "«\(file)», línea \(index + 1)"
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2 || (fields.count == 3 && fields[2] == Self.kioskMark) else {
                throw SecretFile.Refusal(message: "\(where_): escribe el nombre de la terminal y su credencial, separados por un espacio "
                    + "(y «\(Self.kioskMark)» después si la terminal es un quiosco).")
            }
            let name = String(fields[0])
            let token = String(fields[1])
            guard TerminalName.clean(name) == name else {
                throw SecretFile.Refusal(message: "\(where_): el nombre de la terminal sólo lleva letras, números y signos ASCII (64 como máximo).")
            }
            guard token.count >= shortestToken, token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
                throw SecretFile.Refusal(message: "\(where_): la credencial debe tener al menos \(shortestToken) caracteres ASCII "
                    + "(por ejemplo, la que da «openssl rand -hex 32»).")
            }
            let digest = BearerToken.digest(of: token)
            guard names.insert(name).inserted else { throw SecretFile.Refusal(message: "\(where_): la terminal «\(name)» ya está antes.") }
            guard digests.insert(digest).inserted else { throw SecretFile.Refusal(message: "\(where_): esa credencial ya es de otra terminal.") }
            entries.append(Entry(name: name, digest: digest, isKiosk: fields.count == 3))
        }
        guard !entries.isEmpty else {
            throw SecretFile.Refusal(message: "«\(file)» no tiene ninguna terminal: escribe una línea «nombre credencial» por terminal.")
        }
        return TerminalTokens(entries: entries)
    }

    /// The name of the terminal whose token this is, or nil. Every entry is compared, whole.
    public func terminal(presenting token: some StringProtocol) -> String? {
        let presented = BearerToken.digest(of: token)
        var found: String?
        for entry in entries where BearerToken.matches(entry.digest, digest: presented) { found = entry.name }
        return found
    }

    /// Whether the terminal of this name is a kiosk.
    public func isKiosk(_ name: String) -> Bool { entries.contains { $0.name == name && $0.isKiosk } }

    /// The names of the terminals, in the file's order.
    public var names: [String] { entries.map(\.name) }
}

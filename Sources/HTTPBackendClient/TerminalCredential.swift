import Foundation
import SecretFile

/// This terminal's credential for the office server: one line of a file only its owner may read
/// (`--token-file`), read once when the service starts.
public enum TerminalCredential {
    public static func read(_ path: String) throws(SecretFile.Refusal) -> String {
        let text = try SecretFile.read(path, what: "la credencial")
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty, token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw SecretFile.Refusal(message: "La credencial de «\(path)» debe ser una sola línea sin espacios.")
        }
        return token
    }
}

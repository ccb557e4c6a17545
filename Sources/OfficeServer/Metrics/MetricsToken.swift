import Foundation
import SecretFile

/// The credential Prometheus presents to read `/metricas`: one line of a file only the server's user may
/// read (`--metrics-token-file`), as long as a terminal's.
public enum MetricsToken {
    public static func load(_ path: String) throws(SecretFile.Refusal) -> String {
        let token = try SecretFile.read(path, what: "la credencial de las métricas").trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.count >= TerminalTokens.shortestToken, token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw SecretFile.Refusal(message: "La credencial de las métricas («\(path)») debe ser una sola línea de al menos "
                + "\(TerminalTokens.shortestToken) caracteres ASCII sin espacios (por ejemplo, la que da «openssl rand -hex 32»).")
        }
        return token
    }
}

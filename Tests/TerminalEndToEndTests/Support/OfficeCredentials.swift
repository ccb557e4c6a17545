import Foundation

/// A test office's credentials: the server's tokens file naming one kiosk terminal, and that terminal's
/// credential file (`--token-file`), both 0600 as the server and the wizard require.
struct OfficeCredentials {
    static let token = "credencial-de-la-prueba-0123456789abcdef"
    /// The server's `--tokens` file.
    let tokens: URL
    /// The terminal's `--token-file`.
    let credential: URL

    init(in directory: URL) throws {
        tokens = directory.appendingPathComponent("credenciales")
        credential = directory.appendingPathComponent("credencial")
        for (file, text) in [(tokens, "kiosko-prueba \(Self.token)\n"), (credential, Self.token + "\n")] {
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
    }
}

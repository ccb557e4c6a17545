import Crypto
import _CryptoExtras
import Foundation

/// The seal primitive, as SAT seals a cadena original: RSA PKCS#1 v1.5 over the SHA-256 of the
/// UTF-8 text, Base64-encoded.
enum SelloDigital {
    static func sign(_ text: String, with key: _RSA.Signing.PrivateKey) throws(DocumentError) -> String {
        do {
            let signature = try key.signature(for: SHA256.hash(data: Data(text.utf8)), padding: .insecurePKCS1v1_5)
            return signature.rawRepresentation.base64EncodedString()
        } catch {
            throw .cryptography(reason: "la firma RSA falló")
        }
    }

    static func isValid(_ sello: String, for text: String, publicKey: _RSA.Signing.PublicKey) -> Bool {
        guard let bytes = Data(base64Encoded: sello) else { return false }
        return publicKey.isValidSignature(
            _RSA.Signing.RSASignature(rawRepresentation: bytes), for: SHA256.hash(data: Data(text.utf8)),
            padding: .insecurePKCS1v1_5)
    }
}

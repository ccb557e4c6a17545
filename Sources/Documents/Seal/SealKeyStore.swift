import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// The installation's seal: an RSA-2048 key and its self-signed certificate, made on first use
/// and kept in a folder of its own.
///
/// The folder (mode 0700) holds `sello-digital.pem`, the private key followed by its certificate
/// (mode 0600), and `certificado.pem`, the certificate alone, to hand to whoever verifies
/// documents. The key file is created once, atomically: several processes starting together on
/// the same folder all end up with the same key.
public struct SealKeyStore: Sendable {
    /// The name of the private key file inside the folder.
    public static let keyFileName = "sello-digital.pem"
    /// The name of the public certificate file inside the folder.
    public static let certificateFileName = "certificado.pem"

    public let directory: URL
    /// The 20-digit Número de Serie the documents print: the certificate's serial.
    public let numeroSerie: String
    /// The certificate in PEM, for `DocumentVerifier`.
    public let certificatePEM: String

    let privateKey: _RSA.Signing.PrivateKey
    let certificate: SealCertificate

    /// Loads the seal kept in `directory`, making the folder, the key and the certificate first
    /// when there are none.
    public init(directory: URL, now: Date = Date()) throws(DocumentError) {
        self.directory = directory
        try FileSystem.makePrivateDirectory(directory.path)
        let keyPath = directory.appendingPathComponent(Self.keyFileName).path
        let stored: (key: _RSA.Signing.PrivateKey, certificate: SealCertificate)
        if let existing = try FileSystem.contents(of: keyPath) {
            stored = try Self.parse(existing, path: keyPath)
        } else {
            let key: _RSA.Signing.PrivateKey
            do {
                key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
            } catch {
                throw .cryptography(reason: "no se pudo generar la llave RSA")
            }
            let certificate = try SealCertificate(newFor: key, numeroSerie: NumeroDeSerie.generate(), now: now)
            let contents = Data((key.pkcs8PEMRepresentation + "\n" + (try certificate.pem) + "\n").utf8)
            if try FileSystem.createOnce(keyPath, contents: contents, mode: 0o600) {
                stored = (key, certificate)
            } else {
                guard let winner = try FileSystem.contents(of: keyPath) else {
                    throw .keyFile(path: keyPath, reason: "desapareció mientras se creaba")
                }
                stored = try Self.parse(winner, path: keyPath)
            }
        }
        privateKey = stored.key
        certificate = stored.certificate
        numeroSerie = stored.certificate.numeroSerie
        certificatePEM = try stored.certificate.pem
        try publishCertificate()
    }

    /// The public certificate file, written (or rewritten, atomically) next to the key.
    public var certificateFileURL: URL { directory.appendingPathComponent(Self.certificateFileName) }

    /// The private key file.
    public var keyFileURL: URL { directory.appendingPathComponent(Self.keyFileName) }

    private func publishCertificate() throws(DocumentError) {
        let path = certificateFileURL.path
        let contents = Data(certificatePEM.utf8 + [0x0A])
        if try FileSystem.contents(of: path) != contents {
            try FileSystem.replace(path, contents: contents, mode: 0o644)
        }
    }

    private static func parse(_ contents: Data, path: String) throws(DocumentError)
        -> (key: _RSA.Signing.PrivateKey, certificate: SealCertificate) {
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseMultiple(pemString: String(decoding: contents, as: UTF8.self))
        } catch {
            throw .keyFileInvalid(path: path, reason: "no es PEM")
        }
        guard let keyDocument = documents.first(where: { $0.discriminator.hasSuffix("PRIVATE KEY") }),
              let certificateDocument = documents.first(where: { $0.discriminator == "CERTIFICATE" }) else {
            throw .keyFileInvalid(path: path, reason: "le falta la llave privada o el certificado")
        }
        let key: _RSA.Signing.PrivateKey
        do {
            key = try _RSA.Signing.PrivateKey(pemRepresentation: keyDocument.pemString)
        } catch {
            throw .keyFileInvalid(path: path, reason: "la llave no es RSA de 2048 bits o más")
        }
        let certificate: SealCertificate
        do {
            certificate = try SealCertificate(pem: certificateDocument.pemString)
        } catch {
            throw .keyFileInvalid(path: path, reason: "el certificado no sirve: \(error.reason)")
        }
        guard certificate.publicKey.derRepresentation == key.publicKey.derRepresentation else {
            throw .keyFileInvalid(path: path, reason: "el certificado no corresponde a la llave")
        }
        return (key, certificate)
    }
}

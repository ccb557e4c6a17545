import _CryptoExtras
import Foundation
import X509

/// The self-signed X.509 certificate of an installation's seal: it publishes the public key that
/// verifies the seals and, as its serial, the Número de Serie the documents print.
struct SealCertificate: Sendable {
    let certificate: Certificate
    let publicKey: _RSA.Signing.PublicKey
    let numeroSerie: String

    /// Makes and self-signs the certificate of a new key, valid for ten years from `now`.
    init(newFor key: _RSA.Signing.PrivateKey, numeroSerie: String, now: Date) throws(DocumentError) {
        let signer = Certificate.PrivateKey(key)
        do {
            let name = try DistinguishedName {
                CountryName("MX")
                OrganizationName("nss-kiosk")
                CommonName("Sello digital nss-kiosk")
            }
            let start = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
            let certificate = try Certificate(
                version: .v3, serialNumber: NumeroDeSerie.serial(numeroSerie), publicKey: signer.publicKey,
                notValidBefore: start, notValidAfter: start.addingTimeInterval(10 * 365.25 * 86_400),
                issuer: name, subject: name, signatureAlgorithm: .sha256WithRSAEncryption,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true, nonRepudiation: true))
                },
                issuerPrivateKey: signer)
            try self.init(certificate)
        } catch {
            throw .cryptography(reason: "no se pudo crear el certificado")
        }
    }

    /// Why a certificate is not a seal certificate, in Spanish.
    struct Invalid: Error {
        let reason: String
    }

    /// Reads a certificate in PEM.
    init(pem: String) throws(Invalid) {
        let certificate: Certificate
        do {
            certificate = try Certificate(pemEncoded: pem)
        } catch {
            throw Invalid(reason: "no es un certificado X.509 en PEM")
        }
        try self.init(certificate)
    }

    private init(_ certificate: Certificate) throws(Invalid) {
        guard let publicKey = _RSA.Signing.PublicKey(certificate.publicKey) else {
            throw Invalid(reason: "su llave no es RSA de 2048 bits o más")
        }
        guard let numeroSerie = NumeroDeSerie.read(certificate.serialNumber) else {
            throw Invalid(reason: "su número de serie no son 20 dígitos")
        }
        self.certificate = certificate
        self.publicKey = publicKey
        self.numeroSerie = numeroSerie
    }

    var pem: String {
        get throws(DocumentError) {
            do {
                return try certificate.serializeAsPEM().pemString
            } catch {
                throw .cryptography(reason: "no se pudo escribir el certificado")
            }
        }
    }

    /// Whether the certificate's own signature verifies with its own key (it is self-signed).
    var isSelfSignatureValid: Bool {
        certificate.publicKey.isValidSignature(certificate.signature, for: certificate)
    }
}

import _CryptoExtras
import Crypto
import SwiftASN1
import X509

/// The CMS SignedData (RFC 5652) of a document's PDF signature: detached, one signer — the
/// installation's certificate, which it carries — SHA-256 with RSA PKCS#1 v1.5, and no signed
/// attributes (so no signing time, and the same bytes for the same file).
///
/// One encoding serves both sides: signing writes it, and verifying rebuilds it from the
/// certificate and compares byte for byte, so that no byte of the CMS can change unnoticed — the
/// certificate it carries included — and hostile ASN.1 is never parsed. swift-certificates' own
/// `CMS.sign` (an SPI) writes the same structure but leaves nothing to compare a CMS with.
enum DetachedCMS {
    private static let signedData: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 2]
    private static let data: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 1]
    private static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
    private static let sha256WithRSA: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 1, 11]

    /// The CMS of `signature`, the RSA signature of the signed bytes' SHA-256.
    static func encode(certificate: Certificate, signature: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        let zero = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
        try serializer.appendConstructedNode(identifier: .sequence) { contentInfo in
            try contentInfo.serialize(signedData)
            try contentInfo.appendConstructedNode(identifier: zero) { explicit in
                try explicit.appendConstructedNode(identifier: .sequence) { signed in
                    try signed.serialize(1)
                    try signed.appendConstructedNode(identifier: .set) { try algorithm(sha256, into: &$0) }
                    try signed.appendConstructedNode(identifier: .sequence) { try $0.serialize(data) }
                    try signed.appendConstructedNode(identifier: zero) { try $0.serialize(certificate) }
                    try signed.appendConstructedNode(identifier: .set) { infos in
                        try infos.appendConstructedNode(identifier: .sequence) { signer in
                            try signer.serialize(1)
                            try signer.appendConstructedNode(identifier: .sequence) { issuerAndSerial in
                                try issuerAndSerial.serialize(certificate.issuer)
                                let serial = Array(certificate.serialNumber.bytes)
                                issuerAndSerial.appendPrimitiveNode(identifier: .integer) {
                                    $0 += (serial.first ?? 0x80) >= 0x80 ? [0] + serial : serial
                                }
                            }
                            try algorithm(sha256, into: &signer)
                            try algorithm(sha256WithRSA, into: &signer)
                            try signer.serialize(ASN1OctetString(contentBytes: signature[...]))
                        }
                    }
                }
            }
        }
        return serializer.serializedBytes
    }

    /// Signs the bytes, given in pieces (the PDF around its signature's place).
    static func sign(_ pieces: [ArraySlice<UInt8>], key: _RSA.Signing.PrivateKey, certificate: Certificate) throws -> [UInt8] {
        var hash = SHA256()
        for piece in pieces { hash.update(data: piece) }
        let signature = try key.signature(for: hash.finalize(), padding: .insecurePKCS1v1_5)
        return try encode(certificate: certificate, signature: Array(signature.rawRepresentation))
    }

    /// Why a CMS is not the one expected.
    enum Mismatch: Error {
        /// It is not this certificate's CMS as `encode` writes it: another signer, or altered.
        case notThisCertificates
        /// It is, but its signature is not of these bytes: the file changed after it was signed.
        case signatureOfOtherBytes
    }

    /// Checks that `contents` (a signature's `/Contents`, zero-filled after the CMS) is this
    /// certificate's CMS, exactly as `encode` writes it, with a valid signature of the pieces.
    static func check(_ contents: [UInt8], of pieces: [ArraySlice<UInt8>], certificate: SealCertificate) throws(Mismatch) {
        let length = certificate.publicKey.keySizeInBits / 8
        guard let template = try? encode(certificate: certificate.certificate, signature: Array(repeating: 0, count: length)),
              contents.count >= template.count,
              contents.starts(with: template.dropLast(length)),
              contents[template.count...].allSatisfy({ $0 == 0 }) else { throw .notThisCertificates }
        let signature = contents[(template.count - length)..<template.count]
        var hash = SHA256()
        for piece in pieces { hash.update(data: piece) }
        guard certificate.publicKey.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature),
                                                     for: hash.finalize(), padding: .insecurePKCS1v1_5) else {
            throw .signatureOfOtherBytes
        }
    }

    private static func algorithm(_ identifier: ASN1ObjectIdentifier, into serializer: inout DER.Serializer) throws {
        try serializer.appendConstructedNode(identifier: .sequence) { sequence in
            try sequence.serialize(identifier)
            if identifier == sha256WithRSA { try sequence.serialize(ASN1Null()) }
        }
    }
}

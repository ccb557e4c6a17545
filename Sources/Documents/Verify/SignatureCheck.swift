import NSSCore

/// Checks a file against its PDF signature (`PDFSignature`) before anything else reads it: it
/// must carry exactly one signature, whose `/ByteRange` covers every byte of the file but the
/// signature's own `/Contents`, and whose CMS is exactly the one the installation writes
/// (`DetachedCMS`) with its key's signature of those bytes.
///
/// Why first and alone: a file that passes is byte for byte one the installation wrote, so the
/// PDF reader that then takes the sealed record out of it never sees a hostile file. This check
/// reads a few tokens and compares bytes, in linear time and without recursion; it parses no ASN.1.
enum SignatureCheck {
    /// Why the file is not what the installation signed, in Spanish; nil when it is.
    static func problem(_ bytes: [UInt8], certificate: SealCertificate) -> VerificationProblem? {
        let marker = Array("/ByteRange".utf8)
        guard let at = PDFFile.find(marker, in: bytes, from: 0) else { return .signatureMissing }
        if PDFFile.find(marker, in: bytes, from: at + marker.count) != nil {
            return .signatureInvalid(reason: "lleva más de una firma (fue firmado de nuevo)")
        }
        var reader = Reader(bytes: bytes, position: at + marker.count)
        guard reader.skip("["), let r0 = reader.integer(), let r1 = reader.integer(), let r2 = reader.integer(),
              let r3 = reader.integer(), reader.skip("]") else {
            return .signatureInvalid(reason: "su /ByteRange está mal formado")
        }
        guard r0 == 0, r1 > 0, r2 > r1 + 1, r2 <= bytes.count, (r2 - r1) % 2 == 0, r2 - r1 - 2 <= 2 * PDFSignature.capacity else {
            return .signatureInvalid(reason: "su /ByteRange no abarca el documento")
        }
        if r2 + r3 < bytes.count {
            // An incremental update (a later revision saved on top) or anything else written after signing.
            let extra = SpanishCount.of(bytes.count - r2 - r3, "byte", "bytes")
            return .signatureInvalid(reason: "el archivo sigue \(extra) después de la parte firmada: se le agregó algo después de firmarlo")
        }
        guard r2 + r3 == bytes.count else { return .signatureInvalid(reason: "su /ByteRange va más allá del archivo") }
        guard bytes[r1] == UInt8(ascii: "<"), bytes[r2 - 1] == UInt8(ascii: ">"),
              bytes[..<r1].reversed().drop(while: PDFSyntax.isWhitespace).starts(with: "/Contents".utf8.reversed()) else {
            return .signatureInvalid(reason: "su /ByteRange no deja fuera exactamente la firma")
        }
        var cms: [UInt8] = []
        cms.reserveCapacity((r2 - r1 - 2) / 2)
        var i = r1 + 1
        while i + 1 < r2 - 1 {
            // Upper case only, as written: the same byte spelt otherwise is a changed file.
            guard let high = upperHex(bytes[i]), let low = upperHex(bytes[i + 1]) else {
                return .signatureInvalid(reason: "su contenido no es el hexadecimal con que se escribe")
            }
            cms.append(high << 4 | low)
            i += 2
        }
        do {
            try DetachedCMS.check(cms, of: [bytes[..<r1], bytes[r2...]], certificate: certificate)
        } catch .notThisCertificates {
            return .signatureInvalid(reason: "no fue firmado con este certificado, o su firma fue alterada")
        } catch {
            return .signatureInvalid(reason: "el archivo cambió después de firmarse")
        }
        return nil
    }

    private static func upperHex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        default: nil
        }
    }

    /// Reads the few tokens of `/ByteRange [a b c d]`.
    private struct Reader {
        let bytes: [UInt8]
        var position: Int

        mutating func skipSpace() {
            while position < bytes.count, PDFSyntax.isWhitespace(bytes[position]) { position += 1 }
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        /// A non-negative integer of at most 10 digits.
        mutating func integer() -> Int? {
            skipSpace()
            var value = 0, digits = 0
            while position < bytes.count, (0x30...0x39).contains(bytes[position]), digits < 11 {
                value = value * 10 + Int(bytes[position] - 0x30)
                digits += 1
                position += 1
            }
            return (1...10).contains(digits) ? value : nil
        }
    }
}

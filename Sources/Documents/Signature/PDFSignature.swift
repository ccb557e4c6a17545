import _CryptoExtras
import Crypto
import Foundation
import X509

/// The document's PDF signature (ISO 32000-1 §12.8), as PDF readers expect it: an incremental
/// update adds an invisible signature field whose `/Sig` value holds a detached CMS SignedData
/// (`adbe.pkcs7.detached`, `DetachedCMS`) over every byte of the file except the signature itself.
///
/// Why: reading back what a page draws cannot tell a genuine document from a forged one (render
/// modes, clipping, `/ActualText`, glyphs as paths); a signature over the file's bytes can, and any
/// reader (`pdfsig`, Acrobat) checks it too. RSA PKCS#1 v1.5 is deterministic and the CMS has no
/// signing time: the same record still gives the same bytes.
enum PDFSignature {
    /// Room for the CMS in `/Contents`, in bytes (written as twice as many hex digits). The CMS of
    /// an RSA-2048 key with its certificate takes about 1.3 KB; RSA-4096 would still fit.
    static let capacity = 2048
    static let subFilter = "adbe.pkcs7.detached"
    /// Width of each number of the `/ByteRange` placeholder: files stay far below 10^10 bytes.
    private static let numberWidth = 10

    static func sign(_ pdf: Data, key: _RSA.Signing.PrivateKey, certificate: Certificate,
                     date: Date) throws(DocumentError) -> Data {
        var out = [UInt8](pdf)
        // Only the trailer, the catalog, the page tree's root and the page are read: cairo's file is
        // otherwise left as it is, and signing stays a small part of making a document.
        guard let trailerAt = lastIndex(of: "trailer", in: out),
              case var syntax = PDFSyntax(out, position: trailerAt + 7),
              case .dictionary(let trailer)? = try? syntax.nextObject(),
              case .reference(let root)? = trailer["Root"], case .reference(let info)? = trailer["Info"],
              let size = trailer["Size"]?.integer,
              let previous = lastStartXref(out),
              case .reference(let pages)? = object(root, in: out)?.dictionary["Pages"],
              case .reference(let page)? = object(pages, in: out)?.dictionary["Kids"]?.array?.first,
              let pageObject = object(page, in: out), pageObject.dictionary["Annots"] == nil,
              let catalog = object(root, in: out)?.text else {
            throw .rendering(reason: "el PDF de cairo no tiene la forma esperada para firmarlo")
        }
        let pageText = pageObject.text
        let field = size, signature = size + 1
        var offsets: [(number: Int, offset: Int)] = []
        func add(_ number: Int, _ body: String) {
            offsets.append((number, out.count))
            out += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        add(root, catalog + " /AcroForm << /Fields [\(field) 0 R] /SigFlags 3 >> >>")
        add(page, pageText + " /Annots [\(field) 0 R] >>")
        add(field, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sello digital) /F 132 /Rect [0 0 0 0] "
            + "/P \(page) 0 R /V \(signature) 0 R >>")
        let placeholder = "0 " + Array(repeating: String(repeating: "9", count: numberWidth), count: 3).joined(separator: " ")
        let contents = "<" + String(repeating: "0", count: 2 * capacity) + ">"
        add(signature, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /\(subFilter) /M (\(pdfDate(date))) "
            + "/ByteRange [\(placeholder)] /Contents \(contents) >>")
        let xref = out.count
        var table = "xref\n0 1\n0000000000 65535 f \n"
        for entry in offsets.sorted(by: { $0.number < $1.number }) {
            table += "\(entry.number) 1\n" + pad(entry.offset, width: 10, with: "0") + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(size + 2) /Root \(root) 0 R /Info \(info) 0 R /Prev \(previous) >>\n"
            + "startxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)

        guard let contentsAt = PDFFile.find(Array(("/Contents " + contents).utf8), in: out, from: offsets.last!.offset),
              let rangeAt = PDFFile.find(Array(placeholder.utf8), in: out, from: offsets.last!.offset) else {
            throw .rendering(reason: "no se encontró el lugar de la firma")
        }
        let start = contentsAt + "/Contents ".utf8.count, end = start + contents.utf8.count
        let range = "0 " + [start, end, out.count - end].map { pad($0, width: numberWidth, with: " ", leading: false) }
            .joined(separator: " ")
        out.replaceSubrange(rangeAt..<rangeAt + placeholder.utf8.count, with: Array(range.utf8))

        let cms: [UInt8]
        do {
            cms = try DetachedCMS.sign([out[..<start], out[end...]], key: key, certificate: certificate)
        } catch {
            throw .cryptography(reason: "no se pudo firmar el PDF")
        }
        guard cms.count <= capacity else { throw .cryptography(reason: "la firma del PDF no cabe en su lugar") }
        let hex = Array(cms.map { pad(Int($0), width: 2, with: "0", radix: 16) }.joined().utf8)
        out.replaceSubrange(start + 1..<start + 1 + hex.count, with: hex)
        return Data(out)
    }

    /// The offset after the file's last `startxref`.
    private static func lastStartXref(_ bytes: [UInt8]) -> Int? {
        let tail = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let range = tail.range(of: "startxref", options: .backwards) else { return nil }
        return Int(tail[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// Object `number` of cairo's file, a dictionary: read, and as text without its closing `>>`, to extend it.
    private static func object(_ number: Int, in bytes: [UInt8]) -> (dictionary: [String: PDFObject], text: String)? {
        let header = Array("\n\(number) 0 obj".utf8)
        guard let at = PDFFile.find(header, in: bytes, from: 0),
              let end = PDFFile.find(Array("endobj".utf8), in: bytes, from: at) else { return nil }
        var syntax = PDFSyntax(bytes, position: at + header.count)
        guard case .dictionary(let dictionary)? = try? syntax.nextObject() else { return nil }
        let body = String(decoding: bytes[(at + header.count)..<end], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("<<"), body.hasSuffix(">>"), !body.contains("stream") else { return nil }
        return (dictionary, String(body.dropLast(2)))
    }

    private static func lastIndex(of word: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(word.utf8)
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// A PDF date (§7.9.4) in UTC.
    private static func pdfDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let parts = [c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!]
        return "D:" + pad(parts[0], width: 4, with: "0") + parts.dropFirst().map { pad($0, width: 2, with: "0") }.joined() + "Z"
    }

    private static func pad(_ value: Int, width: Int, with fill: Character, leading: Bool = true, radix: Int = 10) -> String {
        let digits = String(value, radix: radix, uppercase: true)
        let filling = String(repeating: fill, count: max(0, width - digits.count))
        return leading ? filling + digits : digits + filling
    }
}

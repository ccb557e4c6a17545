import Foundation
import NSSCore
@testable import Documents
import PDFRendering

/// The ways a forger would change a document, for the verifier to catch.
enum Tampering {
    /// The bytes with the only occurrence of `old` replaced by `new`.
    static func replacing(_ old: String, with new: String, in pdf: Data) -> Data {
        let bytes = Array(pdf)
        let needle = Array(old.utf8)
        let found = (0...(bytes.count - needle.count)).filter { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
        precondition(found.count == 1, "«\(old)» occurs \(found.count) times")
        return Data(bytes[..<found[0]] + Array(new.utf8) + bytes[(found[0] + needle.count)...])
    }

    /// Another valid NSS: the same but for the consecutive.
    static func otherNSS(than nss: NSS) -> NSS {
        NSS(subdelegation: nss.subdelegation, registrationYear: nss.registrationYear, birthYear: nss.birthYear,
            consecutive: (nss.consecutive + 1) % 10_000)
    }

    /// The record with some data changed but the seal, the secuencia and the serial kept, as a
    /// forger who regenerates the PDF has them. `keepCadena` keeps the sealed cadena original too;
    /// otherwise it is recomputed from the changed data.
    static func forged(_ record: SealedRecord, nss: NSS? = nil, givenNames: String? = nil, requestedAtMilliseconds: Int64? = nil,
                       birthDate: CivilDate? = nil, keepCadena: Bool) -> SealedRecord {
        let d = record.data
        let data = DocumentData(
            folio: d.folio, procedure: d.procedure, requestedAtMilliseconds: requestedAtMilliseconds ?? d.requestedAtMilliseconds,
            nss: nss ?? d.nss,
            curp: d.curp, givenNames: givenNames ?? d.givenNames, firstSurname: d.firstSurname,
            secondSurname: d.secondSurname, sex: d.sex, birthDate: birthDate ?? d.birthDate, birthState: d.birthState)
        return SealedRecord(
            data: data, cadenaOriginal: keepCadena ? record.cadenaOriginal : CadenaOriginal.make(data),
            selloDigital: record.selloDigital, secuenciaNotarial: record.secuenciaNotarial,
            numeroSerie: record.numeroSerie, selloComplementario: record.selloComplementario)
    }

    /// A PDF whose page shows `shown` while its metadata still carries `genuine`: what a PDF
    /// editor that rewrites the page leaves.
    static func pageShowing(_ shown: SealedRecord, metadataOf genuine: SealedRecord, kind: DocumentKind) throws -> Data {
        let info = DocumentLayout.Info(
            title: DocumentLayout.title(kind), subject: "", keywords: RecordPayload.encode(genuine, kind: kind),
            date: MexicoCityTime.iso8601(genuine.data.requestedAt))
        return try PDFWriter.render(width: 612, height: 792, info: info) { canvas throws(DocumentError) in
            try DocumentLayout.draw(kind, shown, on: canvas)
        }
    }

    /// The PDF with the page's content stream stored uncompressed and the glyphs of `old` (shown
    /// by one TJ or Tj) replaced by those of `new`, of the same length: an edit in place.
    /// With `actualText`, the new glyphs are wrapped in a marked-content span whose `/ActualText` is
    /// `old`: text extraction still reads the old value while the page shows the new one.
    static func editingPageText(_ pdf: Data, _ old: String, to new: String, actualText: Bool = false) throws -> Data {
        let file = try PDFFile(Array(pdf))
        guard case .reference(let number)? = try file.pages()[0]["Contents"] else { throw TamperingError.unexpected }
        var content = try file.decodedStream(.reference(number))
        var syntax = PDFSyntax(content)
        var start = 0
        var edited = false
        while let token = try syntax.nextObject() {
            if case .keyword(let op) = token, op == "TJ" || op == "Tj" { start = syntax.position; continue }
            guard case .array(let parts) = token else {
                if case .string = token {} else { start = syntax.position }
                continue
            }
            let glyphs = parts.compactMap(\.bytes).flatMap { $0 }
            guard glyphs == Array(old.utf8) else { start = syntax.position; continue }
            let replacement = actualText ? "/Span <</ActualText (\(old))>> BDC [(\(new))]" : "[(" + new + ")]"
            content.replaceSubrange(start..<syntax.position, with: Array(replacement.utf8))
            if actualText, let end = PDFFile.find(Array("TJ".utf8), in: content, from: start + replacement.utf8.count) {
                content.insert(contentsOf: Array(" EMC".utf8), at: end + 2)
            }
            edited = true
            break
        }
        guard edited else { throw TamperingError.unexpected }
        let bytes = Array(pdf)
        let header = Array("\n\(number) 0 obj".utf8)
        guard let objectAt = PDFFile.find(header, in: bytes, from: 0),
              let streamAt = PDFFile.find(Array("stream\n".utf8), in: bytes, from: objectAt),
              let endAt = PDFFile.find(Array("endstream".utf8), in: bytes, from: streamAt) else { throw TamperingError.unexpected }
        var dictionary = String(decoding: bytes[objectAt..<streamAt], as: UTF8.self)
        dictionary = dictionary.replacingOccurrences(of: "/Filter /FlateDecode", with: "")
        return Data(bytes[..<objectAt] + Array(dictionary.utf8) + Array("stream\n".utf8) + content + Array("\n".utf8)
            + bytes[endAt...])
    }

    /// The PDF with an incremental update appended, as a PDF editor saves an overlay: a white
    /// box over the NSS and `text` written on it with the page's own bold font.
    static func overlaying(_ pdf: Data, text: String) throws -> Data {
        let file = try PDFFile(Array(pdf))
        let bytes = Array(pdf)
        guard case .reference(let root)? = file.trailer["Root"], case .reference(let info)? = file.trailer["Info"],
              let size = file.trailer["Size"]?.integer, let pageNumber = pageObjectNumber(file),
              let startxref = String(decoding: bytes.suffix(40), as: UTF8.self).range(of: "startxref\n") else {
            throw TamperingError.unexpected
        }
        let previousXref = String(decoding: bytes.suffix(40), as: UTF8.self)[startxref.upperBound...].prefix { $0 != "\n" }
        let header = Array("\n\(pageNumber) 0 obj".utf8)
        guard let pageAt = PDFFile.find(header, in: bytes, from: 0),
              let pageEnd = PDFFile.find(Array("endobj".utf8), in: bytes, from: pageAt),
              case .reference(let contents)? = file.dictionary(.reference(pageNumber))?["Contents"] else {
            throw TamperingError.unexpected
        }
        let page = String(decoding: bytes[(pageAt + header.count)..<pageEnd], as: UTF8.self)
            .replacingOccurrences(of: "/Contents \(contents) 0 R", with: "/Contents [\(contents) 0 R \(size) 0 R]")
        let overlay = "1 1 1 rg 216 216 110 17 re f 0 0 0 rg BT /f-0-0 1 Tf 10 0 0 -10 218 229.5 Tm (\(text)) Tj ET"
        var update = "\n"
        var offsets: [(Int, Int)] = []
        func add(_ number: Int, _ body: String) {
            offsets.append((number, bytes.count + update.utf8.count))
            update += "\(number) 0 obj\n\(body)\nendobj\n"
        }
        add(size, "<< /Length \(overlay.utf8.count) >>\nstream\n\(overlay)\nendstream")
        add(pageNumber, page.trimmingCharacters(in: .whitespacesAndNewlines))
        let xrefAt = bytes.count + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            update += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        update += "trailer\n<< /Size \(size + 1) /Root \(root) 0 R /Info \(info) 0 R /Prev \(previousXref) >>\n"
        update += "startxref\n\(xrefAt)\n%%EOF\n"
        return pdf + Data(update.utf8)
    }

    private static func pageObjectNumber(_ file: PDFFile) -> Int? {
        guard let root = file.dictionary(file.trailer["Root"]), let pages = file.dictionary(root["Pages"]),
              case .reference(let number)? = pages["Kids"]?.array?.first else { return nil }
        return number
    }
}

enum TamperingError: Error {
    case unexpected
}

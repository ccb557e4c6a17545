import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering

@Suite(.runsPrograms) struct RenderingTests {
    static let popplerMissing = "pdftotext/pdfinfo/pdftoppm (poppler-utils) are not installed"

    @Test(.enabled(if: Tool.pdftotext.isInstalled, Comment(rawValue: popplerMissing)),
          arguments: [Fixtures.joséRecord, Fixtures.ángelaRecord])
    func pdftotextReadsEveryFieldOfTheConstancia(record: SealedRecord) async throws {
        let url = try Fixtures.write(try DocumentRenderer.constancia(record), name: "constancia-\(record.data.folio).pdf")
        // -layout: without it poppler takes the "-" ending "-----Aviso de privacidad-----" for a
        // hyphenation and joins the heading to the next line without it.
        let text = try await Tool.pdftotext.output(["-layout", url.path, "-"])
        let words = collapsed(text)
        let d = record.data
        var expected = [
            "gob.mx", "Instituto Mexicano del Seguro Social", "Asignación de Número de Seguridad Social",
            "Homoclave del trámite", "IMSS-02-008", "Homoclave del formato", "FF-IMSS-013", "Folio", d.folio.value,
            "Fecha de solicitud del trámite", "18 / 02 / 2025", "DD", "MM", "AAAA", OfficialText.haceConstar,
            "Número de Seguridad Social:", d.nss.digits, "CURP:", d.curp.value, "Nombre(s):", d.givenNames,
            "Primer apellido:", d.firstSurname!, "Segundo apellido:", "Sexo:", d.sex.spanishName.uppercased(),
            "Fecha de nacimiento:", d.birthDate.dayMonthYear, "Lugar de nacimiento:", d.birthState.name.uppercased(),
            OfficialText.unicoPermanente, OfficialText.registroUMF, OfficialText.avisoDePrivacidadTitulo,
            OfficialText.avisoDePrivacidad, OfficialText.avisoImportanteTitulo, OfficialText.avisoImportante,
            "Cadena original:", "Sello Digital:", "Secuencia Notarial:", record.secuenciaNotarialText,
            "Número de Serie:", record.numeroSerie, "Contacto",
        ] + OfficialText.contacto
        if let second = d.secondSurname { expected.append(second) }
        #expect(expected.filter { !words.contains(collapsed($0)) } == [])
        // The cadena and the seal break across lines wherever they must, without hyphens.
        let unspaced = text.filter { !$0.isWhitespace }
        #expect(unspaced.contains(record.cadenaOriginal.filter { !$0.isWhitespace }))
        #expect(unspaced.contains(record.selloDigital))
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, Comment(rawValue: popplerMissing)))
    func pdftotextReadsTheAccentsOfTheNamesExactly() async throws {
        let url = try Fixtures.write(try DocumentRenderer.constancia(Fixtures.joséRecord), name: "constancia.pdf")
        let text = try await Tool.pdftotext.output([url.path, "-"])
        let names = ["JOSÉ MARÍA", "NÚÑEZ", "PEÑA", "NAYARIT", "Nombre o Razón Social:JOSÉ MARÍA NÚÑEZ PEÑA"]
        #expect(names.filter { !collapsed(text).contains($0) } == [])
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, Comment(rawValue: popplerMissing)),
          arguments: [Fixtures.joséRecord, Fixtures.ángelaRecord])
    func pdftotextReadsTheTarjeta(record: SealedRecord) async throws {
        let url = try Fixtures.write(try DocumentRenderer.tarjeta(record), name: "tarjeta-\(record.data.folio).pdf")
        let words = collapsed(try await Tool.pdftotext.output([url.path, "-"]))
        let expected = ["Tarjeta de Número de Seguridad Social", record.data.nss.formatted, record.data.curp.value,
                        record.data.fullName, record.data.folio.value, "Número de Seguridad Social", "CURP"]
        #expect(expected.filter { !words.contains($0) } == [])
    }

    @Test(.enabled(if: Tool.pdfinfo.isInstalled, Comment(rawValue: popplerMissing)), arguments: DocumentKind.allCases)
    func eachDocumentIsOneLetterPageUnder100KB(kind: DocumentKind) async throws {
        let pdf = try DocumentRenderer.render(kind, Fixtures.joséRecord)
        #expect(pdf.count < 100_000)
        let info = try await Tool.pdfinfo.output([try Fixtures.write(pdf, name: "\(kind).pdf").path])
        #expect(info.contains("Pages:           1\n"))
        #expect(info.contains("Page size:       612 x 792 pts (letter)"))
        #expect(info.contains("CreationDate:    Wed Feb 19 03:48:27 2025 UTC"))
    }

    @Test(arguments: DocumentKind.allCases)
    func theSameRecordGivesTheSameBytes(kind: DocumentKind) throws {
        let first = try DocumentRenderer.render(kind, Fixtures.joséRecord)
        let second = try DocumentRenderer.render(kind, Fixtures.joséRecord)
        #expect(first == second)
    }

    @Test func documentsRenderedConcurrentlyAreTheSame() async throws {
        let expected = try DocumentRenderer.constancia(Fixtures.joséRecord)
        let rendered = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 { group.addTask { try DocumentRenderer.constancia(Fixtures.joséRecord) } }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(rendered.count == 8)
        #expect(rendered.allSatisfy { $0 == expected })
    }

    @Test(.enabled(if: Tool.pdftoppm.isInstalled && Tool.zbarimg.isInstalled,
                   "pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed"))
    func theQRCodeCarriesTheVerificationPayload() async throws {
        let record = Fixtures.joséRecord
        let url = try Fixtures.write(try DocumentRenderer.constancia(record), name: "constancia-qr.pdf")
        let prefix = url.deletingPathExtension().path
        try await Tool.pdftoppm.output(["-r", "150", "-png", "-singlefile", url.path, prefix])
        let decoded = try await Tool.zbarimg.output(["--raw", "-q", prefix + ".png"]).trimmingCharacters(in: .newlines)
        let code = VerificationCode(record: record)
        #expect(decoded == code.payload)
        #expect(code.payload == "IMSS-02-008?folio=17399369076551325965562&nss=\(record.data.nss.digits)"
            + "&curp=NUPM900715HNTXXR08&sello=\(PercentEncoding.encode(String(record.selloDigital.suffix(8))))")
        #expect(decoded.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        let scanned = try #require(VerificationCode(payload: decoded))
        #expect(scanned.matches(record))
        #expect(!scanned.matches(Fixtures.ángelaRecord))
    }

    /// RENAPO's names run to 50 characters each.
    static let longestNames: PersonRecord = {
        var person = Fixtures.josé
        person.givenNames = "JOSÉ MARÍA DE LA SANTÍSIMA TRINIDAD GUADALUPE ANTO"
        person.firstSurname = "NÚÑEZ DE CÁCERES Y ARRIAGA DE LOS MONTEROS ESPINOS"
        person.secondSurname = "PEÑA-IBÁÑEZ DEL CASTILLO Y SALDAÑA DE LA ROSA MORA"
        return person
    }()

    @Test func theLongestNamesFitAndStillVerify() throws {
        #expect([Self.longestNames.givenNames, Self.longestNames.firstSurname!, Self.longestNames.secondSurname!]
            .allSatisfy { $0.count == 50 })
        let record = try Sealer(keyStore: Fixtures.keyStore).seal(person: Self.longestNames, result: Fixtures.joséResult)
        for kind in DocumentKind.allCases {
            let pdf = try Fixtures.signed(kind, record)
            _ = try Fixtures.write(pdf, name: "\(kind)-nombre-largo.pdf")
            let report = DocumentVerifier.verify(pdf: pdf, certificatePEM: Fixtures.keyStore.certificatePEM)
            #expect(report.problems == [])
        }
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, Comment(rawValue: popplerMissing)))
    func theSealBlockEndsAboveTheContactEvenWithTheLongestNames() async throws {
        let record = try Sealer(keyStore: Fixtures.keyStore).seal(person: Self.longestNames, result: Fixtures.joséResult)
        let url = try Fixtures.write(try DocumentRenderer.constancia(record), name: "constancia-cajas.pdf")
        let words = try await Tool.pdftotext.output(["-bbox", url.path, "-"]).split(separator: "\n").compactMap(Word.init)
        let serie = try #require(words.first { $0.text == record.numeroSerie })
        let contacto = try #require(words.first { $0.text == "Contacto" })
        #expect(serie.yMax + 8 < contacto.yMin)
    }

    /// A word of `pdftotext -bbox`: `<word xMin="…" yMin="…" xMax="…" yMax="…">text</word>`.
    private struct Word {
        let text: String
        let yMin: Double
        let yMax: Double

        init?(_ line: Substring) {
            guard line.contains("<word "), let open = line.firstIndex(of: ">"),
                  let close = line.range(of: "</word>") else { return nil }
            func attribute(_ name: String) -> Double? {
                guard let start = line.range(of: name + "=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let yMin = attribute("yMin"), let yMax = attribute("yMax") else { return nil }
            text = String(line[line.index(after: open)..<close.lowerBound])
            self.yMin = yMin
            self.yMax = yMax
        }
    }

    /// Runs of whitespace as one space: line breaks fall wherever the layout puts them.
    private func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

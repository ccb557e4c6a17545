import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering

@Suite(.runsPrograms) struct VerificationTests {
    let record = Fixtures.joséRecord
    let certificate = Fixtures.keyStore.certificatePEM

    func verify(_ pdf: Data) -> VerificationReport {
        DocumentVerifier.verify(pdf: pdf, certificatePEM: certificate)
    }

    @Test(arguments: DocumentKind.allCases)
    func aGenuineDocumentIsValid(kind: DocumentKind) throws {
        let report = verify(try DocumentRenderer.render(kind, record))
        #expect(report.problems == [])
        #expect(report.isValid)
        #expect(report.verdict == "VÁLIDO")
        #expect(report.record == record)
        #expect(report.kind == kind)
    }

    @Test func theReportListsTheSealedFields() throws {
        let report = verify(try DocumentRenderer.constancia(Fixtures.ángelaRecord))
        let fields = Dictionary(uniqueKeysWithValues: report.fields.map { ($0.label, $0.value) })
        #expect(fields["Número de Seguridad Social"] == Fixtures.ángelaRecord.data.nss.digits)
        #expect(fields["Nombre(s)"] == "ÁNGELA")
        #expect(fields["Tipo de trámite"] == "Localización de NSS")
        #expect(fields["Lugar de nacimiento"] == "MICHOACÁN")
        #expect(report.summary.hasSuffix("Resultado: VÁLIDO"))
    }

    // MARK: - The embedded record, changed byte by byte

    @Test func anNSSChangedInTheMetadataFails() throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = Tampering.replacing("&nss=\(record.data.nss.digits)&", with: "&nss=\(other.digits)&",
                                      in: try DocumentRenderer.constancia(record))
        let report = verify(pdf)
        #expect(!report.isValid)
        #expect(report.problems.contains(.cadenaOriginalMismatch(field: .nss, inCadena: record.data.nss.digits,
                                                                 inDocument: other.digits)))
        #expect(report.problems.contains(.selloComplementarioInvalid))
        #expect(report.problems.contains(.visibleTextMismatch(field: .nss, shown: record.data.nss.digits,
                                                              sealed: other.digits)))
    }

    @Test func anNSSChangedInTheMetadataAndItsCadenaFailsTheSello() throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        var pdf = try DocumentRenderer.constancia(record)
        pdf = Tampering.replacing("&nss=\(record.data.nss.digits)&", with: "&nss=\(other.digits)&", in: pdf)
        pdf = Tampering.replacing("Social%3A\(record.data.nss.digits)%7C", with: "Social%3A\(other.digits)%7C", in: pdf)
        let problems = verify(pdf).problems
        #expect(problems.contains(.selloDigitalInvalid))
        #expect(!problems.contains { if case .cadenaOriginalMismatch = $0 { true } else { false } })
    }

    @Test func aNameChangedInTheMetadataFails() throws {
        let pdf = Tampering.replacing("nombre=JOS%C3%89%20MAR%C3%8DA&", with: "nombre=JUAN%20MAR%C3%8DA&",
                                      in: try DocumentRenderer.constancia(record))
        let problems = verify(pdf).problems
        #expect(problems.contains(.cadenaOriginalMismatch(field: .nombreCompleto, inCadena: "JOSÉ MARÍA NÚÑEZ PEÑA",
                                                          inDocument: "JUAN MARÍA NÚÑEZ PEÑA")))
        #expect(problems.contains(.visibleTextMismatch(field: .nombres, shown: "JOSÉ MARÍA", sealed: "JUAN MARÍA")))
    }

    @Test func aDateChangedInTheMetadataFails() throws {
        let dayEarlier = String(record.data.requestedAtMilliseconds - 86_400_000)
        let pdf = Tampering.replacing("&fecha=\(record.data.requestedAtMilliseconds)&", with: "&fecha=\(dayEarlier)&",
                                      in: try DocumentRenderer.constancia(record))
        let problems = verify(pdf).problems
        #expect(problems.contains(.cadenaOriginalMismatch(field: .fechaDeSolicitud, inCadena: "18 de febrero 2025, 21:48:27",
                                                          inDocument: "17 de febrero 2025, 21:48:27")))
        #expect(problems.contains(.visibleTextMismatch(field: .fechaDeSolicitud, shown: "18 / 02 / 2025",
                                                       sealed: "17 / 02 / 2025")))
    }

    @Test func aBirthDateChangedInTheMetadataFailsTheComplementarySeal() throws {
        let pdf = Tampering.replacing("&nacimiento=1990-07-15&", with: "&nacimiento=1990-07-16&",
                                      in: try DocumentRenderer.constancia(record))
        let problems = verify(pdf).problems
        #expect(problems.contains(.selloComplementarioInvalid))
        #expect(problems.contains(.visibleTextMismatch(field: .fechaDeNacimiento, shown: "15/07/1990", sealed: "16/07/1990")))
    }

    @Test func aPDFWithoutItsRecordCannotBeVerified() throws {
        let pdf = Tampering.replacing("/Keywords", with: "/Xeywords", in: try DocumentRenderer.tarjeta(record))
        let report = verify(pdf)
        #expect(!report.isValid)
        #expect(report.problems == [.recordMissing(reason: "el PDF no trae el registro sellado de nss-kiosk")])
    }

    // MARK: - A regenerated PDF with the old seal

    @Test(arguments: DocumentKind.allCases)
    func aRegeneratedPDFWithAChangedNSSAndTheOldSealFails(kind: DocumentKind) throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let keptCadena = verify(try DocumentRenderer.render(kind, Tampering.forged(record, nss: other, keepCadena: true)))
        #expect(!keptCadena.isValid)
        #expect(keptCadena.problems.contains(.cadenaOriginalMismatch(field: .nss, inCadena: record.data.nss.digits,
                                                                     inDocument: other.digits)))
        let newCadena = verify(try DocumentRenderer.render(kind, Tampering.forged(record, nss: other, keepCadena: false)))
        #expect(!newCadena.isValid)
        #expect(newCadena.problems.contains(.selloDigitalInvalid))
        #expect(newCadena.problems.contains(.selloComplementarioInvalid))
    }

    @Test func aRegeneratedPDFWithAChangedNameOrDateAndTheOldSealFails() throws {
        let renamed = Tampering.forged(record, givenNames: "JUAN", keepCadena: false)
        #expect(verify(try DocumentRenderer.constancia(renamed)).problems.contains(.selloDigitalInvalid))
        let redated = Tampering.forged(record, requestedAtMilliseconds: record.data.requestedAtMilliseconds + 3_600_000,
                                       keepCadena: true)
        #expect(verify(try DocumentRenderer.constancia(redated)).problems.contains(
            .cadenaOriginalMismatch(field: .fechaDeSolicitud, inCadena: "18 de febrero 2025, 21:48:27",
                                    inDocument: "18 de febrero 2025, 22:48:27")))
        let reborn = Tampering.forged(record, birthDate: CivilDate(year: 1991, month: 7, day: 15), keepCadena: true)
        #expect(verify(try DocumentRenderer.constancia(reborn)).problems == [.selloComplementarioInvalid])
    }

    // MARK: - The visible page, edited

    @Test(arguments: DocumentKind.allCases)
    func aPageShowingAnotherNSSThanItsRecordFails(kind: DocumentKind) throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = try Tampering.pageShowing(Tampering.forged(record, nss: other, keepCadena: true), metadataOf: record, kind: kind)
        let problems = verify(pdf).problems
        let shown = kind == .constancia ? other.digits : other.formatted
        let sealed = kind == .constancia ? record.data.nss.digits : record.data.nss.formatted
        #expect(problems.contains(.visibleTextMismatch(field: .nss, shown: shown, sealed: sealed)))
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, "pdftotext (poppler-utils) is not installed"))
    func anNSSEditedInThePageContentFails() async throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = try Tampering.editingPageText(try DocumentRenderer.constancia(record), record.data.nss.digits, to: other.digits)
        let shownByPoppler = try await Tool.pdftotext.output([try Fixtures.write(pdf, name: "editada.pdf").path, "-"])
        #expect(shownByPoppler.contains(other.digits))
        let report = verify(pdf)
        #expect(!report.isValid)
        #expect(report.problems == [.visibleTextMismatch(field: .nss, shown: other.digits, sealed: record.data.nss.digits)])
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, "pdftotext (poppler-utils) is not installed"))
    func anOverlaySavedAsAnIncrementalUpdateFails() async throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = try Tampering.overlaying(try DocumentRenderer.constancia(record), text: other.digits)
        let shownByPoppler = try await Tool.pdftotext.output([try Fixtures.write(pdf, name: "superpuesta.pdf").path, "-"])
        #expect(shownByPoppler.contains(other.digits))
        let problems = verify(pdf).problems
        #expect(problems.contains(.fileRevised(revisions: 2)))
        #expect(problems.contains(.visibleTextAdded(shown: other.digits)))
    }

    // MARK: - Other certificates and other files

    @Test func anotherInstallationsCertificateDoesNotVerify() throws {
        let stranger = try SealKeyStore(directory: Fixtures.temporaryDirectory())
        let report = DocumentVerifier.verify(pdf: try DocumentRenderer.constancia(record), certificatePEM: stranger.certificatePEM)
        #expect(report.problems.contains(.numeroDeSerieMismatch(document: record.numeroSerie, certificate: stranger.numeroSerie)))
        #expect(report.problems.contains(.selloDigitalInvalid))
    }

    @Test func somethingThatIsNotAPDFIsReported() {
        let report = verify(Data("hola".utf8))
        #expect(report.problems == [.pdfUnreadable(reason: "no es un archivo PDF")])
        #expect(report.verdict == "NO VÁLIDO")
        #expect(report.summary == "Resultado: NO VÁLIDO\n- No se pudo leer el PDF: no es un archivo PDF.")
    }

    @Test func anUnreadableCertificateIsReported() throws {
        let report = DocumentVerifier.verify(pdf: try DocumentRenderer.constancia(record), certificatePEM: "no")
        #expect(report.problems == [.certificateUnreadable(reason: "no es un certificado X.509 en PEM")])
        #expect(report.problems[0].message == "No se pudo leer el certificado: no es un certificado X.509 en PEM.")
    }
}

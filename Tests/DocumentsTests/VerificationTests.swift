import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering
#if canImport(Glibc)
import Glibc
#endif

@Suite(.runsPrograms) struct VerificationTests {
    let record = Fixtures.joséRecord
    let certificate = Fixtures.keyStore.certificatePEM

    func verify(_ pdf: Data) -> VerificationReport {
        DocumentVerifier.verify(pdf: pdf, certificatePEM: certificate)
    }

    func constancia() throws -> Data { try Fixtures.signed(.constancia, record) }

    /// The only problem of a report, when it has exactly one.
    func onlyProblem(_ report: VerificationReport) -> VerificationProblem? {
        report.problems.count == 1 ? report.problems[0] : nil
    }

    func isSignatureInvalid(_ report: VerificationReport) -> Bool {
        if case .signatureInvalid? = onlyProblem(report) { !report.isValid } else { false }
    }

    @Test(arguments: DocumentKind.allCases)
    func aGenuineDocumentIsValid(kind: DocumentKind) throws {
        let report = verify(try Fixtures.signed(kind, record))
        #expect(report.problems == [])
        #expect(report.isValid)
        #expect(report.verdict == "VÁLIDO")
        #expect(report.record == record)
        #expect(report.kind == kind)
    }

    @Test func theReportListsTheSealedFields() throws {
        let report = verify(try Fixtures.signed(.constancia, Fixtures.ángelaRecord))
        let fields = Dictionary(uniqueKeysWithValues: report.fields.map { ($0.label, $0.value) })
        #expect(fields["Número de Seguridad Social"] == Fixtures.ángelaRecord.data.nss.digits)
        #expect(fields["Nombre(s)"] == "ÁNGELA")
        #expect(fields["Tipo de trámite"] == "Localización de NSS")
        #expect(fields["Lugar de nacimiento"] == "MICHOACÁN")
        #expect(report.summary.hasSuffix("Resultado: VÁLIDO"))
    }

    @Test(arguments: DocumentKind.allCases)
    func anUnsignedDocumentIsNotValid(kind: DocumentKind) throws {
        let report = verify(try DocumentRenderer.render(kind, record))
        #expect(report.problems == [.signatureMissing])
        #expect(report.verdict == "NO VÁLIDO")
    }

    // MARK: - Changed bytes

    @Test func anNSSChangedInTheMetadataFails() throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = Tampering.replacing("&nss=\(record.data.nss.digits)&", with: "&nss=\(other.digits)&", in: try constancia())
        #expect(isSignatureInvalid(verify(pdf)))
    }

    @Test func anyChangedByteFails() throws {
        let genuine = Array(try constancia())
        // A byte of the header, of the page's compressed content, of the signature's dictionary, of the
        // CMS itself and of the last line.
        for offset in [5, genuine.count / 3, genuine.count - 700, genuine.count - 3000, genuine.count - 2] {
            var changed = genuine
            changed[offset] ^= 0x01
            let report = verify(Data(changed))
            #expect(!report.isValid, "byte \(offset)")
            #expect(report.problems.count == 1, "byte \(offset): \(report.problems)")
        }
        // The same CMS byte spelt in lower case is a changed byte too.
        let contents = try #require(PDFFile.find(Array("/Contents <".utf8), in: genuine, from: 0))
        let letter = try #require(genuine[contents...].firstIndex { (0x41...0x46).contains($0) })
        var lowered = genuine
        lowered[letter] += 0x20
        #expect(!verify(Data(lowered)).isValid)
    }

    /// A known forgery: the drawn NSS replaced inside a span whose /ActualText is the sealed
    /// NSS, so that text extraction still reads the genuine value while the page shows another.
    @Test(.enabled(if: Tool.pdftotext.isInstalled, "pdftotext (poppler-utils) is not installed"))
    func anNSSRedrawnBehindAnActualTextSpanFails() async throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = try Tampering.editingPageText(try constancia(), record.data.nss.digits, to: other.digits, actualText: true)
        let extracted = try await Tool.pdftotext.output([try Fixtures.write(pdf, name: "actualtext.pdf").path, "-"])
        #expect(extracted.contains(record.data.nss.digits), "pdftotext reads the /ActualText")
        #expect(isSignatureInvalid(verify(pdf)))
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, "pdftotext (poppler-utils) is not installed"))
    func anOverlaySavedAsAnIncrementalUpdateFails() async throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let pdf = try Tampering.overlaying(try constancia(), text: other.digits)
        let shownByPoppler = try await Tool.pdftotext.output([try Fixtures.write(pdf, name: "superpuesta.pdf").path, "-"])
        #expect(shownByPoppler.contains(other.digits))
        let report = verify(pdf)
        #expect(onlyProblem(report)?.message.contains("bytes después de la parte firmada: se le agregó algo después de firmarlo") == true,
                "\(report.problems)")
    }

    @Test func oneByteAppendedIsCountedInTheSingular() throws {
        let report = verify(try constancia() + Data("\n".utf8))
        #expect(onlyProblem(report)?.message.contains("sigue 1 byte después") == true, "\(report.problems)")
    }

    @Test func aSecondSignatureWithAnotherKeyFails() throws {
        let stranger = try SealKeyStore(directory: Fixtures.temporaryDirectory())
        let resigned = try Sealer(keyStore: stranger).sign(try constancia(), of: record)
        #expect(verify(resigned).problems == [.signatureInvalid(reason: "lleva más de una firma (fue firmado de nuevo)")])
    }

    @Test func theSameDocumentSignedWithAnotherKeyFails() throws {
        let stranger = try SealKeyStore(directory: Fixtures.temporaryDirectory())
        let pdf = try Fixtures.signed(.constancia, record, keyStore: stranger)
        #expect(verify(pdf).problems == [.signatureInvalid(reason: "no fue firmado con este certificado, o su firma fue alterada")])
    }

    // MARK: - Hostile files: quick, bounded, never a crash

    /// Each of these once crashed the reader or never finished; now none reaches it. (How quickly they are
    /// refused is measured by `make bench`, not here: a loaded machine is no place for a stopwatch.)
    @Test(.hangGuard, arguments: [
        ("corchetes", "%PDF-1.7\n1 0 obj\n" + String(repeating: "[", count: 10_000) + "\nendobj\n"),
        ("diccionarios", "%PDF-1.7\n1 0 obj\n" + String(repeating: "<<", count: 200_000) + "\nendobj\n"),
        ("árbol cíclico", """
            %PDF-1.7
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R] /Count 8 >> endobj
            3 0 obj << /Type /Pages /Kids [2 0 R 3 0 R 2 0 R 3 0 R 2 0 R 3 0 R 2 0 R 3 0 R] /Count 8 >> endobj
            4 0 obj << /Keywords (x) >> endobj
            trailer << /Root 1 0 R /Info 4 0 R >>
            %%EOF
            """),
    ])
    func aHostileFileIsNotValidAtOnce(name: String, text: String) {
        let report = verify(Data(text.utf8))
        #expect(report.problems == [.signatureMissing], "\(name)")
    }

    /// The PDF reader behind the signature (which reads only files the installation signed) keeps its
    /// own bounds too: nesting and page trees cost an error, never the stack or unbounded work.
    @Test func thePDFReaderBoundsNestingAndPageTrees() throws {
        #expect(throws: PDFReadError.self) {
            try PDFFile(Array(("%PDF-1.7\n1 0 obj\n" + String(repeating: "[", count: 10_000) + "\nendobj\n").utf8))
        }
        #expect(throws: PDFReadError.self) {
            try PDFFile(Array(("%PDF-1.7\n1 0 obj\n" + String(repeating: "<<", count: 200_000) + "\nendobj\n").utf8))
        }
        let cyclic = """
            %PDF-1.7
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R 3 0 R] /Count 8 >> endobj
            3 0 obj << /Type /Pages /Kids [2 0 R 3 0 R 2 0 R 3 0 R 2 0 R 3 0 R 2 0 R 3 0 R] /Count 8 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """
        #expect(throws: PDFReadError.self) { try PDFFile(Array(cyclic.utf8)).pages() }
    }

    /// A file signed with a key of its maker's (verified with `--certificate` of their own) reaches the
    /// PDF reader: the numbers it gives — a stream's /Length, an object stream's /N, /First and
    /// offsets — are never trusted as positions. Negative, Int.max or past the end, each once crashed
    /// `verify` (an index out of range or an arithmetic overflow); now it is an error or ignored.
    @Test(arguments: [
        "<< /Type /ObjStm /N -1 /First 0 >>\nstream\n5 0 (x)\nendstream",
        "<< /Type /ObjStm /N 1 /First 9223372036854775807 >>\nstream\n5 0 (x)\nendstream",
        "<< /Type /ObjStm /N 1 /First -100 >>\nstream\n5 0 (x)\nendstream",
        "<< /Type /ObjStm /N 1 /First 4 >>\nstream\n5 -4 (x)\nendstream",
        "<< /Type /ObjStm /N 1 /First 4 >>\nstream\n5 9223372036854775807 (x)\nendstream",
    ])
    func anObjectStreamsNumbersAreNotTrustedAsPositions(stream: String) {
        let text = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n\(stream)\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n"
        #expect(throws: PDFReadError.self) { try PDFFile(Array(text.utf8)) }
    }

    @Test(arguments: [-5, Int.max, Int.max - 40, 1_000_000])
    func aStreamsLengthIsNotTrustedAsAPosition(length: Int) throws {
        let text = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length \(length) >>\nstream\nabc\n"
            + "endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
        let file = try PDFFile(Array(text.utf8))
        guard case .stream(_, let bytes)? = file.objects[2] else {
            Issue.record("no stream")
            return
        }
        #expect(bytes == Array("abc".utf8))
    }

    /// Many entries of an object stream pointing at one large object would read it once each (work and
    /// memory multiplied by the entries): offsets must increase, each object read up to the next.
    @Test func anObjectStreamsEntriesCannotAllPointAtOneObject() {
        let entries = (10..<1_010).map { "\($0) 0" }.joined(separator: " ") + " "
        let data = entries + "(" + String(repeating: "x", count: 10_000) + ")"
        let text = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n"
            + "<< /Type /ObjStm /N 1000 /First \(entries.utf8.count) >>\nstream\n\(data)\nendstream\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n"
        // Not #expect(throws:): a file read instead would be described, a thousand objects of 10 KB.
        let refused = (try? PDFFile(Array(text.utf8))) == nil
        #expect(refused)
    }

    /// An object stream as the specification writes it is still read.
    @Test func anObjectStreamIsRead() throws {
        let entries = "10 0 11 4 "
        let text = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n"
            + "<< /Type /ObjStm /N 2 /First \(entries.utf8.count) >>\nstream\n\(entries)(a) (b)\nendstream\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n"
        let file = try PDFFile(Array(text.utf8))
        #expect(file.objects[10] == .string(Array("a".utf8)))
        #expect(file.objects[11] == .string(Array("b".utf8)))
    }

    /// A hostile file that does carry a /ByteRange: still only the signature is read.
    @Test func aNestedFileWithAFakeSignatureIsNotValid() {
        let text = "%PDF-1.7\n" + String(repeating: "[", count: 10_000)
            + "/ByteRange [0 10 20 5] /Contents <3082>" + String(repeating: "<<", count: 200_000)
        let report = verify(Data(text.utf8))
        #expect(isSignatureInvalid(report), "\(report.problems)")
    }

    @Test func aSparseFileOfFourGigabytesIsNotRead() throws {
        let path = try sparseFile(prefix: [], size: 4 << 30)
        let report = try DocumentVerifier.verify(fileAt: path, certificatePEM: certificate)
        #expect(report.problems == [.fileTooLarge(bytes: 4 << 30, limit: DocumentVerifier.maximumFileSize)])
        #expect(report.problems[0].message.hasPrefix("El archivo mide 4294967296 bytes"))
    }

    @Test func aGenuineDocumentWithAGigabyteAppendedIsNotValid() throws {
        let genuine = try constancia()
        let path = try sparseFile(prefix: Array(genuine), size: genuine.count + (1 << 30))
        let report = try DocumentVerifier.verify(fileAt: path, certificatePEM: certificate)
        #expect(!report.isValid)
        #expect(report.problems == [.fileTooLarge(bytes: genuine.count + (1 << 30), limit: DocumentVerifier.maximumFileSize)])
    }

    @Test func aGenuineDocumentReadFromItsFileIsValid() throws {
        let path = try Fixtures.write(try constancia(), name: "genuina.pdf").path
        #expect(try DocumentVerifier.verify(fileAt: path, certificatePEM: certificate).isValid)
    }

    @Test func aDeviceOrAFIFOIsRefusedInSpanish() throws {
        #expect(throws: DocumentFile.Unreadable.self) {
            try DocumentVerifier.verify(fileAt: "/dev/null", certificatePEM: certificate)
        }
        do {
            _ = try DocumentVerifier.verify(fileAt: "/dev/null", certificatePEM: certificate)
        } catch {
            #expect(error.reason == "es un dispositivo, no un archivo")
        }
        let fifo = Fixtures.temporaryDirectory().appendingPathComponent("tubo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        do {
            _ = try DocumentVerifier.verify(fileAt: fifo, certificatePEM: certificate)
            Issue.record("a FIFO was read")
        } catch {
            #expect(error.reason == "es una tubería (FIFO) o un socket, no un archivo")
        }
    }

    /// A file of `size` bytes that starts with `prefix` and holds no more on disk (ftruncate).
    private func sparseFile(prefix: [UInt8], size: Int) throws -> String {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("grande.pdf")
        try Data(prefix).write(to: url)
        let fd = open(url.path, O_WRONLY)
        #expect(fd >= 0)
        #expect(ftruncate(fd, off_t(size)) == 0)
        close(fd)
        return url.path
    }

    // MARK: - The sealed record, in a file the installation signed

    @Test(arguments: DocumentKind.allCases)
    func aSignedDocumentWithAChangedNSSAndTheOldSealFails(kind: DocumentKind) throws {
        let other = Tampering.otherNSS(than: record.data.nss)
        let keptCadena = verify(try Fixtures.signed(kind, Tampering.forged(record, nss: other, keepCadena: true)))
        #expect(!keptCadena.isValid)
        #expect(keptCadena.problems.contains(.cadenaOriginalMismatch(field: .nss, inCadena: record.data.nss.digits,
                                                                     inDocument: other.digits)))
        let newCadena = verify(try Fixtures.signed(kind, Tampering.forged(record, nss: other, keepCadena: false)))
        #expect(newCadena.problems.contains(.selloDigitalInvalid))
        #expect(newCadena.problems.contains(.selloComplementarioInvalid))
    }

    @Test func aChangedNameDateOrBirthFailsTheSeals() throws {
        let certificate = Fixtures.keyStore.certificate
        let renamed = Tampering.forged(record, givenNames: "JUAN", keepCadena: false)
        #expect(DocumentVerifier.seal(renamed, certificate: certificate).contains(.selloDigitalInvalid))
        let redated = Tampering.forged(record, requestedAtMilliseconds: record.data.requestedAtMilliseconds + 3_600_000,
                                       keepCadena: true)
        #expect(DocumentVerifier.seal(redated, certificate: certificate).contains(
            .cadenaOriginalMismatch(field: .fechaDeSolicitud, inCadena: "18 de febrero 2025, 21:48:27",
                                    inDocument: "18 de febrero 2025, 22:48:27")))
        let reborn = Tampering.forged(record, birthDate: CivilDate(year: 1991, month: 7, day: 15), keepCadena: true)
        #expect(DocumentVerifier.seal(reborn, certificate: certificate) == [.selloComplementarioInvalid])
    }

    // MARK: - Other certificates and other files

    @Test func anotherInstallationsCertificateDoesNotVerify() throws {
        let stranger = try SealKeyStore(directory: Fixtures.temporaryDirectory())
        let report = DocumentVerifier.verify(pdf: try constancia(), certificatePEM: stranger.certificatePEM)
        #expect(report.problems == [.signatureInvalid(reason: "no fue firmado con este certificado, o su firma fue alterada")])
    }

    @Test func somethingThatIsNotAPDFIsReported() {
        let report = verify(Data("hola".utf8))
        #expect(report.problems == [.pdfUnreadable(reason: "no es un archivo PDF")])
        #expect(report.verdict == "NO VÁLIDO")
        #expect(report.summary == "Resultado: NO VÁLIDO\n- No se pudo leer el PDF: no es un archivo PDF.")
    }

    @Test func anUnreadableCertificateIsReported() throws {
        let report = DocumentVerifier.verify(pdf: try constancia(), certificatePEM: "no")
        #expect(report.problems == [.certificateUnreadable(reason: "no es un certificado X.509 en PEM")])
        #expect(report.problems[0].message == "No se pudo leer el certificado: no es un certificado X.509 en PEM.")
    }
}

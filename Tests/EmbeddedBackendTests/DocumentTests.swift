import Documents
import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport

/// The documents of the embedded backend: sealed once per folio, rendered from the stored record,
/// attached to the result email, verifiable with the installation's certificate.
@Suite(.runsPrograms) struct DocumentTests {
    /// A finished asignación of the fixture: its id, result and documents.
    static func finished(_ fixture: Fixture, withNSS: Bool = false) async throws
        -> (id: ApplicationID, result: NSSResult, documents: [DocumentInfo]) {
        let id = try await fixture.started(try fixture.person(withNSS: withNSS).curp)
        let result = try await fixture.backend.finishProcedure(id)
        return (id, result, try await fixture.backend.documents(id))
    }

    static func certificate(_ backend: EmbeddedBackend) throws -> String {
        try String(contentsOf: backend.configuration.sealCertificateURL, encoding: .utf8)
    }

    @Test func theResultEmailCarriesBothDocumentsAsTheirPDFs() async throws {
        let fixture = try Fixture()
        let (id, result, documents) = try await Self.finished(fixture)
        await fixture.backend.deliverPendingMail()
        let mail = try #require(try fixture.mail(id, .result).only)
        #expect(mail.attachments.map(\.filename) == documents.map(\.fileName))
        #expect(mail.attachments.map(\.filename) == ["NSS-\(result.folio.value)-constancia.pdf",
                                                     "NSS-\(result.folio.value)-tarjeta.pdf"])
        #expect(mail.attachments.allSatisfy { $0.contentType == "application/pdf" })
        for (attachment, info) in zip(mail.attachments, documents) {
            #expect(attachment.data == (try await fixture.backend.document(info.id)), "\(info.kind) attached as served")
        }
        #expect(mail.text.contains("- Número de Seguridad Social: NSS-\(result.folio.value)-constancia.pdf"))
        #expect(mail.text.contains("- Tarjeta de Número de Seguridad Social: NSS-\(result.folio.value)-tarjeta.pdf"))
        #expect(mail.text.contains("Adjunta el archivo descargado para continuar con tu proceso y obtener tu ficha."))
    }

    @Test(.enabled(if: Tool.pdftotext.isInstalled, "pdftotext (poppler-utils) reads the attachments"))
    func theAttachedPDFsShowTheNSSAndTheCURP() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: false)
        let (id, result, _) = try await Self.finished(fixture)
        await fixture.backend.deliverPendingMail()
        let mail = try #require(try fixture.mail(id, .result).only)
        let folder = TemporaryDirectory.make("pdf")
        var texts: [String] = []
        for attachment in mail.attachments {
            let file = folder.appendingPathComponent(attachment.filename)
            try attachment.data.write(to: file)
            texts.append(try await Tool.pdftotext.output([file.path, "-"]))
        }
        let (constancia, tarjeta) = (texts[0], texts[1])
        #expect(constancia.contains(result.nss.digits) && constancia.contains(person.curp.value))
        #expect(constancia.contains(result.folio.value))
        #expect(tarjeta.contains(result.nss.formatted) && tarjeta.contains(person.curp.value))
    }

    /// The backend signs what the helper renders: poppler's pdfsig finds both documents' signature valid
    /// and covering the whole file (it does not trust the self-signed certificate, which is expected).
    @Test(.enabled(if: Tool.pdfsig.isInstalled, "pdfsig (poppler-utils) is not installed"))
    func bothDocumentsCarryAPDFSignatureThatPdfsigAccepts() async throws {
        let fixture = try Fixture()
        let (_, _, documents) = try await Self.finished(fixture)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-firmas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for info in documents {
            let file = folder.appendingPathComponent("\(info.kind.rawValue).pdf")
            try await fixture.backend.document(info.id).write(to: file)
            let said = try await Tool.pdfsig.run([file.path]).outputText
            #expect(said.contains("Signature is Valid."), "\(info.kind): \(said)")
            #expect(said.contains("Total document signed"), "\(info.kind): \(said)")
        }
    }

    @Test func documentsVerifyWithTheInstallationsCertificate() async throws {
        let fixture = try Fixture()
        let (_, result, documents) = try await Self.finished(fixture, withNSS: true)
        let certificate = try Self.certificate(fixture.backend)
        for info in documents {
            let report = DocumentVerifier.verify(pdf: try await fixture.backend.document(info.id), certificatePEM: certificate)
            #expect(report.verdict == "VÁLIDO", "\(info.kind): \(report.problems.map(\.message))")
            #expect(report.kind == info.kind && report.record?.data.nss == result.nss)
            #expect(report.record?.data.folio == result.folio && report.record?.data.procedure == .localizacion)
        }
    }

    @Test func theSealIsMadeOnTheFirstFinishWithAPrivateKey() async throws {
        let fixture = try Fixture(freshSeal: true)
        let seal = fixture.backend.configuration.sealDirectory
        #expect(!FileManager.default.fileExists(atPath: seal.path), "opening the backend makes no key")
        _ = try await Self.finished(fixture)
        #expect(try fileMode(seal) == 0o700)
        #expect(try fileMode(seal.appendingPathComponent(SealKeyStore.keyFileName)) == 0o600)
        #expect(try fileMode(fixture.backend.configuration.sealCertificateURL) == 0o644)
    }

    @Test func theSealedRecordSurvivesARestart() async throws {
        let fixture = try Fixture()
        let (id, result, documents) = try await Self.finished(fixture)
        let before = try await documents.asyncMap { try await fixture.backend.document($0.id) }
        let reopened = try EmbeddedBackend(configuration: fixture.backend.configuration, logger: Fixture.quietLogger)
        #expect(try await reopened.finishProcedure(id) == result)
        #expect(try await documents.asyncMap { try await reopened.document($0.id) } == before)
        #expect(try await reopened.documents(id) == documents)
        #expect(try Self.sealedRecordCount(fixture) == 1)
    }

    @Test func aProcedureFinishedBeforeRecordsWereKeptIsSealedOnceWhenAsked() async throws {
        let fixture = try Fixture()
        let (id, _, documents) = try await Self.finished(fixture)
        let pool = try DatabasePool(path: fixture.backend.configuration.databaseURL.path)
        try await pool.write { db in try db.execute(sql: "DELETE FROM sealed_record") }
        let backends = try [fixture.backend] + (0..<3).map { _ in
            try EmbeddedBackend(configuration: fixture.backend.configuration, logger: Fixture.quietLogger)
        }
        let pdfs = try await withThrowingTaskGroup(of: Data.self) { group in
            for backend in backends + backends {
                group.addTask { try await backend.document(documents[1].id) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(pdfs).count == 1, "every backend renders the one record stored first")
        #expect(try Self.sealedRecordCount(fixture) == 1)
        let report = DocumentVerifier.verify(pdf: pdfs[0], certificatePEM: try Self.certificate(fixture.backend))
        #expect(report.isValid, "\(report.problems.map(\.message))")
        try await fixture.backend.emailDocuments(id)
        await fixture.backend.deliverPendingMail()
        #expect(try fixture.mail(id, .result).last?.attachments[1].data == pdfs[0])
    }

    @Test func emailDocumentsSendsTheSameCopyAgainWithinItsLimit() async throws {
        let fixture = try Fixture(limits: EmbeddedLimits(documentEmailsPerApplication: 2))
        let (id, _, _) = try await Self.finished(fixture)
        try await fixture.backend.emailDocuments(id)
        try await fixture.backend.emailDocuments(id)
        await #expect(throws: BackendError.tooManyAttempts(retryAfter: fixture.clock.now + 3600)) {
            try await fixture.backend.emailDocuments(id)
        }
        await fixture.backend.deliverPendingMail()
        let mails = try fixture.mail(id, .result)
        #expect(mails.count == 3)
        #expect(Set(mails.map(\.text)).count == 1 && Set(mails.map(\.attachments)).count == 1)
        fixture.clock.advance(by: 3601)
        try await fixture.backend.emailDocuments(id)
        await fixture.backend.deliverPendingMail()
        #expect(try fixture.mail(id, .result).count == 4)
    }

    @Test func anUnknownDocumentIsNotFound() async throws {
        let fixture = try Fixture()
        let (_, result, _) = try await Self.finished(fixture)
        let otherFolio = String(result.folio.value.dropLast()) + (result.folio.value.hasSuffix("0") ? "1" : "0")
        for raw in ["\(result.folio.value)-recibo", "\(otherFolio)-constancia", result.folio.value, "-constancia"] {
            await #expect(throws: BackendError.applicationNotFound) {
                try await fixture.backend.document(DocumentID(rawValue: raw))
            }
        }
    }

    @Test func aSealThatCannotBeMadeIsAnInternalErrorLoggedWithoutPersonalData() async throws {
        let log = CapturedLog()
        let fixture = try Fixture(freshSeal: true, logger: log.logger)
        let person = try fixture.person(withNSS: false)
        try Data().write(to: fixture.backend.configuration.sealDirectory)
        let id = try await fixture.started(person.curp)
        do {
            _ = try await fixture.backend.finishProcedure(id)
            Issue.record("finishing without a usable seal must fail")
        } catch let BackendError.internalError(reference) {
            #expect(log.text.contains("reference=\(reference)"))
            #expect(log.text.contains("documents: No se pudo preparar la carpeta del sello digital"))
        }
        for value in [person.curp.value, person.givenNames, fixture.email.value] {
            #expect(!log.text.contains(value))
        }
        await #expect(throws: BackendError.outOfOrder) { try await fixture.backend.documents(id) }
    }

    static func sealedRecordCount(_ fixture: Fixture) throws -> Int {
        let pool = try DatabasePool(path: fixture.backend.configuration.databaseURL.path)
        return try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sealed_record") ?? 0 }
    }
}

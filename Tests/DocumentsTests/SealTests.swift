import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering

@Suite(.runsPrograms) struct SealTests {
    @Test func theKeyFileIsPrivateAndItsFolderToo() throws {
        let folder = Fixtures.temporaryDirectory().appendingPathComponent("datos/sello")
        let store = try SealKeyStore(directory: folder)
        #expect(try mode(store.keyFileURL) == 0o600)
        #expect(try mode(folder) == 0o700)
        #expect(try mode(store.certificateFileURL) == 0o644)
        #expect(try String(contentsOf: store.certificateFileURL, encoding: .utf8) == store.certificatePEM + "\n")
        let keyFile = try String(contentsOf: store.keyFileURL, encoding: .utf8)
        #expect(keyFile.contains("-----BEGIN PRIVATE KEY-----"))
        #expect(!store.certificatePEM.contains("PRIVATE KEY"))
    }

    @Test func aSecondStoreOnTheSameFolderLoadsTheSameKey() throws {
        let folder = Fixtures.temporaryDirectory()
        let first = try SealKeyStore(directory: folder)
        let second = try SealKeyStore(directory: folder)
        #expect(second.numeroSerie == first.numeroSerie)
        #expect(second.certificatePEM == first.certificatePEM)
        let record = try Sealer(keyStore: second).seal(person: Fixtures.josé, result: Fixtures.joséResult)
        let report = DocumentVerifier.verify(pdf: try Fixtures.signed(.constancia, record, keyStore: second),
                                             certificatePEM: first.certificatePEM)
        #expect(report.isValid)
    }

    @Test func storesRacingOnANewFolderAllEndWithOneKey() async throws {
        let folder = Fixtures.temporaryDirectory().appendingPathComponent("sello")
        let serials = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { try SealKeyStore(directory: folder).numeroSerie } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(serials.count == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == [SealKeyStore.certificateFileName, SealKeyStore.keyFileName])
    }

    @Test func theCertificateSerialIsTheNumeroDeSerieInASCII() throws {
        let store = Fixtures.keyStore
        #expect(NumeroDeSerie.isWellFormed(store.numeroSerie))
        #expect(store.numeroSerie.hasPrefix("00001000000"))
        let certificate = try SealCertificate(pem: store.certificatePEM)
        #expect(Array(certificate.certificate.serialNumber.bytes) == Array(store.numeroSerie.utf8))
        #expect(certificate.isSelfSignatureValid)
        #expect(Fixtures.joséRecord.numeroSerie == store.numeroSerie)
    }

    @Test(.enabled(if: Tool.openssl.isInstalled, "openssl is not installed: no independent check of the seal"))
    func openSSLReadsTheSerialAndVerifiesTheSello() async throws {
        let openssl = Tool.openssl
        let folder = Fixtures.temporaryDirectory()
        let record = Fixtures.joséRecord
        let certificate = folder.appendingPathComponent("certificado.pem")
        try Fixtures.keyStore.certificatePEM.write(to: certificate, atomically: true, encoding: .utf8)
        let hexSerial = Fixtures.keyStore.numeroSerie.utf8.map { String(format: "%02X", $0) }.joined()
        #expect(try await openssl.output(["x509", "-in", certificate.path, "-noout", "-serial"]) == "serial=\(hexSerial)\n")
        try await openssl.output(["x509", "-in", certificate.path, "-noout", "-pubkey", "-out", folder.appendingPathComponent("pub.pem").path])
        try Data(record.cadenaOriginal.utf8).write(to: folder.appendingPathComponent("cadena.txt"))
        try Data(base64Encoded: record.selloDigital)!.write(to: folder.appendingPathComponent("sello.bin"))
        let verdict = try await openssl.output(["dgst", "-sha256", "-verify", folder.appendingPathComponent("pub.pem").path,
                                       "-signature", folder.appendingPathComponent("sello.bin").path,
                                       folder.appendingPathComponent("cadena.txt").path])
        #expect(verdict == "Verified OK\n")
    }

    @Test func theCadenaOriginalHasTheIMSSForm() {
        #expect(Fixtures.joséRecord.cadenaOriginal == "||Invocante:portalimssdigital|Tipo de trámite:Asignación de NSS"
            + "|Fecha:18 de febrero 2025, 21:48:27|Folio:17399369076551325965562"
            + "|Nombre o Razón Social:JOSÉ MARÍA NÚÑEZ PEÑA|Curp:NUPM900715HNTXXR08"
            + "|Número de Seguridad Social:18259048215||")
        #expect(Fixtures.ángelaRecord.cadenaOriginal.contains("|Tipo de trámite:Localización de NSS|"))
        #expect(Fixtures.ángelaRecord.cadenaOriginal.contains("|Nombre o Razón Social:ÁNGELA GÓMEZ|"))
    }

    @Test func theCadenaDateIsMexicoCityTimeWithTheDayUnpadded() {
        // 2025-03-05 15:05:03 UTC is 09:05:03 in Mexico City.
        #expect(MexicoCityTime.cadena(Date(timeIntervalSince1970: 1_741_187_103)) == "5 de marzo 2025, 09:05:03")
        #expect(MexicoCityTime.iso8601(Fixtures.sampleDate) == "2025-02-18T21:48:27-06:00")
    }

    @Test(arguments: [1_739_936_907.000, 1_739_936_907.999, 1_739_936_907.9999])
    func theRequestTimeKeepsItsSecondThroughEveryEncoding(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let result = NSSResult(nss: Fixtures.joséResult.nss, kind: .asignacion, folio: Folio.make(at: date), date: date)
        let record = try Sealer(keyStore: Fixtures.keyStore).seal(person: Fixtures.josé, result: result)
        #expect(record.cadenaOriginal.contains("|Fecha:18 de febrero 2025, 21:48:27|"))
        #expect(record.data.folio.issuedAt == record.data.requestedAt)
        let report = DocumentVerifier.verify(pdf: try Fixtures.signed(.constancia, record),
                                             certificatePEM: Fixtures.keyStore.certificatePEM)
        #expect(report.problems == [])
        #expect(report.record == record)
    }

    @Test func theSelloIsBase64OfA2048BitSignature() throws {
        let sello = try #require(Data(base64Encoded: Fixtures.joséRecord.selloDigital))
        #expect(sello.count == 256)
        #expect(UUID(uuidString: Fixtures.joséRecord.secuenciaNotarialText) != nil)
        #expect(Fixtures.joséRecord.secuenciaNotarialText == Fixtures.joséRecord.secuenciaNotarialText.lowercased())
    }

    @Test func namesAreSealedInNFCWhateverTheirInput() throws {
        var person = Fixtures.josé
        person.givenNames = "JOSE\u{301} MARI\u{301}A "
        let record = try Sealer(keyStore: Fixtures.keyStore).seal(person: person, result: Fixtures.joséResult)
        #expect(record.data.givenNames.unicodeScalars.elementsEqual("JOSÉ MARÍA".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(record.cadenaOriginal == Fixtures.joséRecord.cadenaOriginal)
    }

    @Test func aSealedRecordSurvivesStorageAsJSON() throws {
        let json = try JSONEncoder().encode(Fixtures.joséRecord)
        let stored = try JSONDecoder().decode(SealedRecord.self, from: json)
        #expect(stored == Fixtures.joséRecord)
        #expect(try DocumentRenderer.constancia(stored) == DocumentRenderer.constancia(Fixtures.joséRecord))
    }

    @Test func aDamagedKeyFileIsReportedInSpanish() throws {
        let folder = Fixtures.temporaryDirectory()
        try Data("no es una llave".utf8).write(to: folder.appendingPathComponent(SealKeyStore.keyFileName))
        #expect {
            try SealKeyStore(directory: folder)
        } throws: { error in
            guard let error = error as? DocumentError, case .keyFileInvalid = error else { return false }
            return error.message.hasPrefix("El archivo del sello digital")
        }
    }

    private func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}

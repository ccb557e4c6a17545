import Foundation
import NSSCore
@testable import Documents
import PDFRendering

/// Sample people, one seal shared by the whole test run, and the command-line tools the tests use.
enum Fixtures {
    /// 18 February 2025, 21:48:27.655 in Mexico City: the instant of the seed's sample folio.
    static let sampleDate = Date(timeIntervalSince1970: 1_739_936_907.655)

    static let josé = PersonRecord(
        curp: try! CURP("NUPM900715HNTXXR08"), givenNames: "JOSÉ MARÍA", firstSurname: "NÚÑEZ",
        secondSurname: "PEÑA", sex: .hombre, birthDate: CivilDate(year: 1990, month: 7, day: 15)!,
        birthState: .NT)

    static let ángela = PersonRecord(
        curp: try! CURP("GOXA850203MMNMXN04"), givenNames: "ÁNGELA", firstSurname: "GÓMEZ",
        secondSurname: nil, sex: .mujer, birthDate: CivilDate(year: 1985, month: 2, day: 3)!,
        birthState: .MN, nss: try! NSS("18108512345".prefix(10) + String(NSS.checkDigit("1810851234")!)))

    static let joséResult = NSSResult(
        nss: NSS(subdelegation: 18, registrationYear: 2025, birthYear: 1990, consecutive: 4821),
        kind: .asignacion, folio: Folio("17399369076551325965562")!, date: sampleDate)

    static var ángelaResult: NSSResult {
        NSSResult(nss: ángela.nss!, kind: .localizacion, folio: Folio("17399369076559876543210")!, date: sampleDate)
    }

    /// This run's scratch folder, removed when the test process exits.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nss-documents-tests-\(getpid())")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("nss-documents-tests-\(getpid())")
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }()

    /// One key for the whole run: generating RSA keys is the slow part of sealing.
    static let keyStore = try! SealKeyStore(directory: scratch.appendingPathComponent("sello"))

    static let joséRecord = try! Sealer(keyStore: keyStore).seal(person: josé, result: joséResult)
    static let ángelaRecord = try! Sealer(keyStore: keyStore).seal(person: ángela, result: ángelaResult)

    /// The document as the backend hands it out: rendered, then signed with the run's key.
    static func signed(_ kind: DocumentKind, _ record: SealedRecord, keyStore: SealKeyStore = keyStore) throws -> Data {
        try Sealer(keyStore: keyStore).sign(try DocumentRenderer.render(kind, record), of: record)
    }

    /// A fresh, empty folder of its own.
    static func temporaryDirectory() -> URL {
        let url = scratch.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes the PDF to a temporary file and, when `NSS_DOCUMENTS_OUT` names a folder, there too
    /// (to look at the documents: `NSS_DOCUMENTS_OUT=out swift test`).
    static func write(_ pdf: Data, name: String) throws -> URL {
        if let out = ProcessInfo.processInfo.environment["NSS_DOCUMENTS_OUT"] {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try pdf.write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
        }
        let url = temporaryDirectory().appendingPathComponent(name)
        try pdf.write(to: url)
        return url
    }
}

import Foundation
import Testing
import TestSupport

@Suite(.runsPrograms) struct VerifyCommandTests {
    @Test func aFreshDocumentIsValidWithTheDataDirectorysCertificate() async throws {
        let sample = try await SampleDocument.shared.value
        let run = try await Run.nssKiosk(["verify", sample.file.path, "--data", sample.dataDirectory.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "VÁLIDO")
        #expect(lines.first == "Documento: Número de Seguridad Social")
        #expect(lines.contains("Número de Seguridad Social: \(sample.result.nss.digits)"))
        #expect(lines.contains("CURP: \(sample.person.curp.value)"))
        #expect(lines.contains("Folio: \(sample.result.folio.value)"))
        #expect(lines.contains("Tipo de trámite: Asignación de NSS"))
        #expect(run.stderr.isEmpty)
    }

    @Test func anNSSChangedInTheMetadataIsNotValid() async throws {
        let sample = try await SampleDocument.shared.value
        let tampered = try sample.withAnotherNSSInItsMetadata()
        let run = try await Run.nssKiosk(["verify", tampered.path, "--data", sample.dataDirectory.path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "NO VÁLIDO")
        let digits = sample.result.nss.digits
        #expect(lines.contains { $0.hasPrefix("- Número de Seguridad Social: el documento dice") && $0.hasSuffix("«\(digits)».") },
                "the sealed cadena original keeps the genuine NSS: \(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("- Número de Seguridad Social: la página muestra «\(digits)»") },
                "the page keeps the genuine NSS: \(run.stdout)")
    }

    @Test func aMissingFileIsAUsageErrorInSpanish() async throws {
        let sample = try await SampleDocument.shared.value
        let run = try await Run.nssKiosk(["verify", "/no/existe/constancia.pdf", "--data", sample.dataDirectory.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nss-kiosk: No se pudo leer el archivo «/no/existe/constancia.pdf»: no existe. "
            + "Revisa el nombre y los permisos.\n")
    }

    @Test func aDataDirectoryWithoutCertificateIsAUsageErrorInSpanish() async throws {
        let sample = try await SampleDocument.shared.value
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-empty-\(UUID().uuidString)")
        let run = try await Run.nssKiosk(["verify", sample.file.path, "--data", empty.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("nss-kiosk: No hay certificado del sello digital en la carpeta de datos"))
        #expect(run.stderr.contains("nss-kiosk keys export"))
        #expect(!FileManager.default.fileExists(atPath: empty.path), "verify makes no data directory")
    }

    @Test func aCertificateThatIsNotPEMIsAUsageErrorInSpanish() async throws {
        let sample = try await SampleDocument.shared.value
        let run = try await Run.nssKiosk(["verify", sample.file.path, "--certificate", sample.file.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("nss-kiosk: No se pudo leer el certificado"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func theDefaultDataDirectoryFollowsXDGDataHome() async throws {
        let sample = try await SampleDocument.shared.value
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: home.appendingPathComponent("nss-kiosk"),
                                                   withDestinationURL: sample.dataDirectory)
        let run = try await Run.nssKiosk(["verify", sample.file.path], environment: ["XDG_DATA_HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("\nVÁLIDO\n"))
    }
}

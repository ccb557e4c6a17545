import Foundation
import Testing
import TestSupport

@Suite(.runsPrograms) struct KeysCommandTests {
    static func openssl() -> String? {
        ["/usr/bin/openssl", "/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: openssl() != nil, "openssl reads the exported certificate"))
    func exportPrintsACertificateThatOpenSSLReadsAndVerifyAccepts() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-keys-\(UUID().uuidString)")
        let run = try await Run.nssKiosk(["keys", "export", "--data", data.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("-----BEGIN CERTIFICATE-----\n") && run.stdout.hasSuffix("-----END CERTIFICATE-----\n"))
        #expect(!run.stdout.contains("PRIVATE KEY"))
        let key = data.appendingPathComponent("sello/sello-digital.pem").path
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as! NSNumber
        #expect(mode.intValue & 0o777 == 0o600)

        let certificate = data.appendingPathComponent("exportado.pem")
        try Data(run.stdout.utf8).write(to: certificate)
        let openssl = try await Run.program(URL(fileURLWithPath: Self.openssl()!),
                                            ["x509", "-noout", "-serial", "-in", certificate.path])
        #expect(openssl.status == 0, "\(openssl.stderr)")
        #expect(openssl.stdout.hasPrefix("serial="))
        let hex = Array(openssl.stdout.dropFirst("serial=".count).trimmingCharacters(in: .whitespacesAndNewlines))
        let ascii = stride(from: 0, to: hex.count - 1, by: 2).compactMap { UInt8(String(hex[$0...$0 + 1]), radix: 16) }
        let numeroDeSerie = String(decoding: ascii, as: UTF8.self)
        #expect(numeroDeSerie.count == 20 && numeroDeSerie.hasPrefix("00001000000"),
                "the serial's bytes spell the Número de Serie, as SAT's do: \(openssl.stdout)")

        #expect(try await Run.nssKiosk(["keys", "export", "--data", data.path]).stdout == run.stdout, "the same key every time")
    }

    @Test func aDocumentVerifiesWithTheExportedCertificateOnAnotherMachine() async throws {
        let sample = try await SampleDocument.shared.value
        let export = try await Run.nssKiosk(["keys", "export", "--data", sample.dataDirectory.path])
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let certificate = elsewhere.appendingPathComponent("certificado.pem")
        try Data(export.stdout.utf8).write(to: certificate)
        let run = try await Run.nssKiosk(["verify", sample.file.path, "--certificate", certificate.path,
                                    "--data", elsewhere.appendingPathComponent("datos").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("\nVÁLIDO\n"))
    }

    @Test func aCertificateFromAnotherInstallationDoesNotVerify() async throws {
        let sample = try await SampleDocument.shared.value
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-other-\(UUID().uuidString)")
        let export = try await Run.nssKiosk(["keys", "export", "--data", other.path])
        let certificate = other.appendingPathComponent("certificado-ajeno.pem")
        try Data(export.stdout.utf8).write(to: certificate)
        let run = try await Run.nssKiosk(["verify", sample.file.path, "--certificate", certificate.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("no fue firmado con este certificado"), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("\nNO VÁLIDO\n"))
    }
}

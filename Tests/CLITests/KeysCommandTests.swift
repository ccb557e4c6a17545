import Foundation
import Testing

@Suite struct KeysCommandTests {
    static func openssl() -> String? {
        ["/usr/bin/openssl", "/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: openssl() != nil, "openssl reads the exported certificate"))
    func exportPrintsACertificateThatOpenSSLReadsAndVerifyAccepts() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-keys-\(UUID().uuidString)")
        let run = try Run.nssKiosk(["keys", "export", "--data", data.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("-----BEGIN CERTIFICATE-----\n") && run.stdout.hasSuffix("-----END CERTIFICATE-----\n"))
        #expect(!run.stdout.contains("PRIVATE KEY"))
        let key = data.appendingPathComponent("sello/sello-digital.pem").path
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as! NSNumber
        #expect(mode.intValue & 0o777 == 0o600)

        let certificate = data.appendingPathComponent("exportado.pem")
        try Data(run.stdout.utf8).write(to: certificate)
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: Self.openssl()!)
        openssl.arguments = ["x509", "-noout", "-serial", "-in", certificate.path]
        let output = Pipe()
        openssl.standardOutput = output
        try openssl.run()
        let serial = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        #expect(serial.hasPrefix("serial="))

        #expect(try Run.nssKiosk(["keys", "export", "--data", data.path]).stdout == run.stdout, "the same key every time")
    }

    @Test func aDocumentVerifiesWithTheExportedCertificateOnAnotherMachine() async throws {
        let sample = try await SampleDocument.shared.value
        let export = try Run.nssKiosk(["keys", "export", "--data", sample.dataDirectory.path])
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let certificate = elsewhere.appendingPathComponent("certificado.pem")
        try Data(export.stdout.utf8).write(to: certificate)
        let run = try Run.nssKiosk(["verify", sample.file.path, "--certificate", certificate.path,
                                    "--data", elsewhere.appendingPathComponent("datos").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("\nVÁLIDO\n"))
    }

    @Test func aCertificateFromAnotherInstallationDoesNotVerify() async throws {
        let sample = try await SampleDocument.shared.value
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-other-\(UUID().uuidString)")
        let export = try Run.nssKiosk(["keys", "export", "--data", other.path])
        let certificate = other.appendingPathComponent("certificado-ajeno.pem")
        try Data(export.stdout.utf8).write(to: certificate)
        let run = try Run.nssKiosk(["verify", sample.file.path, "--certificate", certificate.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("no fue sellado con este certificado"))
        #expect(run.stdout.hasSuffix("\nNO VÁLIDO\n"))
    }
}

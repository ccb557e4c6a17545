import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
        #expect(lines == ["- La firma digital del archivo no es válida: el archivo cambió después de firmarse.",
                          "NO VÁLIDO"])
    }

    /// Files that crashed `verify` (SIGSEGV) or never let it finish: now each is NO VÁLIDO at once.
    @Test func hostileFilesAreNotValidQuickly() async throws {
        let sample = try await SampleDocument.shared.value
        let folder = sample.file.deletingLastPathComponent()
        let files: [(String, Data)] = [
            ("corchetes.pdf", Data(("%PDF-1.7\n1 0 obj\n" + String(repeating: "[", count: 10_000)).utf8)),
            ("diccionarios.pdf", Data(("%PDF-1.7\n1 0 obj\n" + String(repeating: "<<", count: 200_000)).utf8)),
            ("añadido.pdf", sample.pdf + Data("\n1 0 obj << >> endobj\n%%EOF\n".utf8)),
        ]
        for (name, contents) in files {
            let url = folder.appendingPathComponent(name)
            try contents.write(to: url)
            let run = try await Run.nssKiosk(["verify", url.path, "--data", sample.dataDirectory.path], deadline: .seconds(30))
            #expect(run.status == 1, "\(name): \(run.stderr)")
            #expect(run.stdout.hasSuffix("\nNO VÁLIDO\n"), "\(name): \(run.stdout)")
        }
    }

    /// A sparse file of 4 GB, and the genuine document with 1 GB appended: neither is read.
    @Test func hugeFilesAreNotReadAndNotValid() async throws {
        let sample = try await SampleDocument.shared.value
        let folder = sample.file.deletingLastPathComponent()
        for (name, prefix, size) in [("vacío.pdf", Data(), 4 << 30), ("crecido.pdf", sample.pdf, sample.pdf.count + (1 << 30))] {
            let url = folder.appendingPathComponent(name)
            try prefix.write(to: url)
            let fd = open(url.path, O_WRONLY)
            #expect(fd >= 0 && ftruncate(fd, off_t(size)) == 0)
            close(fd)
            let run = try await Run.nssKiosk(["verify", url.path, "--data", sample.dataDirectory.path], deadline: .seconds(30))
            #expect(run.status == 1)
            #expect(run.stdout == "- El archivo mide \(size) bytes, más de los 1048576 que puede medir un documento de "
                + "nss-kiosk: no se leyó.\nNO VÁLIDO\n")
            try FileManager.default.removeItem(at: url)
        }
    }

    @Test func aDeviceOrAFIFOIsAUsageErrorThatSaysWhatItIs() async throws {
        let sample = try await SampleDocument.shared.value
        let fifo = sample.file.deletingLastPathComponent().appendingPathComponent("tubo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, what) in [("/dev/null", "es un dispositivo, no un archivo"),
                             (fifo, "es una tubería (FIFO) o un socket, no un archivo")] {
            let run = try await Run.nssKiosk(["verify", path, "--data", sample.dataDirectory.path], deadline: .seconds(30))
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "nss-kiosk: No se pudo leer el archivo «\(path)»: \(what). Revisa el nombre y los permisos.\n")
            let asCertificate = try await Run.nssKiosk(["verify", sample.file.path, "--certificate", path], deadline: .seconds(30))
            #expect(asCertificate.status == 2)
            #expect(asCertificate.stderr == "nss-kiosk: No se pudo leer el certificado «\(path)»: \(what).\n")
        }
    }

    /// pdfsig (poppler), an independent reader, finds the one signature valid and covering the file.
    @Test(.enabled(if: Tool.pdfsig.isInstalled, "pdfsig (poppler-utils) is not installed"))
    func pdfsigFindsTheBackendsDocumentSignedWhole() async throws {
        let sample = try await SampleDocument.shared.value
        let run = try await Tool.pdfsig.run([sample.file.path])
        #expect(run.outputText.contains("Signature is Valid."), "\(run.outputText)")
        #expect(run.outputText.contains("Total document signed"), "\(run.outputText)")
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

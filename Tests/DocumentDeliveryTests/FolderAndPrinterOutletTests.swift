import Foundation
import Testing
import TestSupport
import Wizard
@testable import DocumentDelivery

@Suite(.runsPrograms) struct FolderAndPrinterOutletTests {
    let files = [DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF-1 a".utf8)),
                 DocumentFile(name: "NSS-1-tarjeta.pdf", data: Data("%PDF-1 b".utf8))]

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nss-outlet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func savingWritesBothFilesPrivatelyUnderTheirNames() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try await FolderAndPrinterOutlet(folder: folder).save(files)
        #expect(paths == files.map { folder.appendingPathComponent($0.name).path })
        for (path, file) in zip(paths, files) {
            #expect(FileManager.default.contents(atPath: path) == file.data)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        _ = try await FolderAndPrinterOutlet(folder: folder).save(files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files.map(\.name).sorted(),
                "saving again replaces, leaving no temporary files")
    }

    @Test func aMissingFolderSaysToConnectTheUSBStick() async {
        let outlet = FolderAndPrinterOutlet(folder: URL(fileURLWithPath: "/media/no-existe-\(UUID().uuidString)"))
        await #expect(throws: DeliveryFailure.self) { try await outlet.save(files) }
        do { _ = try await outlet.save(files) } catch {
            #expect(error.message.contains("conéctala"))
        }
    }

    /// A kiosk given no removable medium writes nothing anywhere and sends the person to the staff.
    @Test func withoutAFolderNothingIsWrittenAndTheStaffAreNamed() async {
        let outlet = FolderAndPrinterOutlet.withoutFolder()
        do {
            _ = try await outlet.save(files)
            Issue.record("saved without a folder")
        } catch {
            #expect(error.message.contains("Pide ayuda al personal"))
        }
    }

    /// A kiosk folder on the kiosk's own disk: what one person saved is gone after the wipe.
    @Test func theWipeDeletesWhatTheSessionSavedOnTheKiosksDisk() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("otro".utf8).write(to: folder.appendingPathComponent("ajeno.txt"))
        let outlet = FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: true)
        let paths = try await outlet.save(files)
        #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        outlet.wipeSessionFiles()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ajeno.txt"])

        let medium = FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: false)
        let kept = try await medium.save(files)
        medium.wipeSessionFiles()
        #expect(kept.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "a removable medium keeps the person's files")
    }

    /// A kiosk killed before its wipe (power cut, SIGKILL): the next start deletes what the person saved,
    /// and nothing a tampered journal names outside the folder.
    @Test func theNextStartDeletesWhatAKilledSessionSaved() async throws {
        let folder = try temporaryFolder()
        let data = try temporaryFolder()
        let outside = try temporaryFolder()
        defer { for url in [folder, data, outside] { try? FileManager.default.removeItem(at: url) } }
        try Data("otro".utf8).write(to: folder.appendingPathComponent("ajeno.txt"))
        try Data("no".utf8).write(to: outside.appendingPathComponent("victima"))
        let journal = data.appendingPathComponent(FolderAndPrinterOutlet.journalName)
        let killed = FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: true, journal: journal)
        let paths = try await killed.save(files)
        #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let listed = try String(contentsOf: journal, encoding: .utf8)
        #expect(try FileManager.default.attributesOfItem(atPath: journal.path)[.posixPermissions] as? Int == 0o600)
        try Data((listed + "\n../\(outside.lastPathComponent)/victima\n\(outside.path)/victima").utf8).write(to: journal)

        _ = FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: true, journal: journal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ajeno.txt"])
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("victima").path))
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    @Test func aReadOnlyFolderIsSaidPlainly() async throws {
        guard getuid() != 0 else { return }  // root writes anywhere; the check is for ordinary users
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        do { _ = try await FolderAndPrinterOutlet(folder: folder).save(files) } catch {
            #expect(error.message.contains("No se puede escribir"))
        }
    }

    @Test func withoutCUPSPrintingSaysThereIsNoPrinter() async {
        var runner = CommandRunner()
        runner.searchPath = ["/nonexistent"]
        let outlet = FolderAndPrinterOutlet(folder: URL(fileURLWithPath: "/tmp"), runner: runner)
        do {
            _ = try await outlet.print(files)
            Issue.record("printing cannot succeed without lp")
        } catch {
            #expect(error.message.contains("no tiene impresora configurada"))
        }
    }

    @Test func printingSendsBothFilesToTheDefaultPrinter() async throws {
        let bin = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: bin) }
        let log = bin.appendingPathComponent("lp.log")
        try "#!/bin/sh\necho 'system default destination: Recepcion'\n".write(to: bin.appendingPathComponent("lpstat"), atomically: true, encoding: .utf8)
        try "#!/bin/sh\nfor f in \"$@\"; do echo \"$f\"; done > \(log.path)\nfor f in \"$@\"; do case $f in *.pdf) cat \"$f\" >> \(log.path).data;; esac; done\n"
            .write(to: bin.appendingPathComponent("lp"), atomically: true, encoding: .utf8)
        for tool in ["lp", "lpstat"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent(tool).path)
        }
        var runner = CommandRunner()
        runner.searchPath = [bin.path]
        let message = try await FolderAndPrinterOutlet(folder: bin, runner: runner).print(files)
        #expect(message == "Enviamos los dos documentos a la impresora «Recepcion». Recógelos ahí.")
        let arguments = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(Array(arguments.prefix(2)) == ["-d", "Recepcion"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: log.path + ".data")) == files[0].data + files[1].data)
    }

    /// A spooler that never answers: the person is told within the deadline, and nothing is left running.
    @Test func aPrinterThatDoesNotAnswerIsGivenUpOnWithItsReason() async throws {
        let bin = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: bin) }
        let pidFile = bin.appendingPathComponent("lpstat.pid")
        try "#!/bin/sh\necho $$ > \(pidFile.path)\nexec sleep 600\n".write(to: bin.appendingPathComponent("lpstat"), atomically: true, encoding: .utf8)
        try "#!/bin/sh\nexit 0\n".write(to: bin.appendingPathComponent("lp"), atomically: true, encoding: .utf8)
        for tool in ["lp", "lpstat"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent(tool).path)
        }
        var runner = CommandRunner()
        runner.searchPath = [bin.path]
        runner.deadline = .milliseconds(300)
        do {
            _ = try await FolderAndPrinterOutlet(folder: bin, runner: runner).print(files)
            Issue.record("a printer that never answers cannot have printed")
        } catch {
            #expect(error.message.contains("La impresora no responde"))
            #expect(error.message.contains("no terminó en 0.3 s"))
        }
        let pid = try #require(Int32(String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the hung lpstat was ended")
    }

    @Test func noDefaultDestinationMeansNoPrinter() {
        #expect(FolderAndPrinterOutlet.defaultPrinter(in: "no system default destination\n") == nil)
        #expect(FolderAndPrinterOutlet.defaultPrinter(in: "system default destination: HP_Oficina\n") == "HP_Oficina")
    }
}

@Suite(.runsPrograms) struct DefaultFolderTests {
    @Test func theDefaultDownloadsFolderIsMadeWhenMissingButAUSBMountPointIsNot() async throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("nss-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = FolderAndPrinterOutlet.defaultFolder(environment: ["HOME": base.path])
        #expect(folder.lastPathComponent == "Descargas")
        let file = DocumentFile(name: "NSS-1-tarjeta.pdf", data: Data("%PDF".utf8))
        let paths = try await FolderAndPrinterOutlet(folder: folder, createsFolder: true).save([file])
        #expect(FileManager.default.fileExists(atPath: paths[0]))
        let usb = base.appendingPathComponent("usb")
        await #expect(throws: DeliveryFailure.self) { try await FolderAndPrinterOutlet(folder: usb).save([file]) }
        #expect(!FileManager.default.fileExists(atPath: usb.path))
    }
}

import Foundation
import Testing
import TestSupport

/// `nss-kiosk` without a subcommand: what it refuses before it takes over the terminal.
@Suite(.runsPrograms) struct RunCommandTests {
    private func dataDirectory(kioskConf: String? = nil) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if let kioskConf { try Data(kioskConf.utf8).write(to: dir.appendingPathComponent("kiosk.conf")) }
        return dir
    }

    @Test func aKioskWithoutAStaffPINRefusesToStart() async throws {
        let data = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = try await Run.nssKiosk(["--kiosk", "--data", data.path], environment: ["TERM": "xterm"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("El modo quiosco necesita el PIN del personal"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aMalformedPINDigestIsRefused() async throws {
        let data = try dataDirectory(kioskConf: "# personal\npin_personal_sha256 = 12ab\n")
        defer { try? FileManager.default.removeItem(at: data) }
        let run = try await Run.nssKiosk(["--kiosk", "--data", data.path], environment: ["TERM": "xterm"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("pin_personal_sha256 debe tener 64 dígitos hexadecimales"))
    }

    @Test func aKioskTakesItsPINFromTheConfigurationFile() async throws {
        let data = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(data.path)\"\n[personal]\npin_sha256 = \"59c25b00bc10f4b29e431c41429b1ef3ec1e8463de50a5b88be4e26ebcf5d633\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        // It gets as far as the terminal, which a pipe is not.
        let run = try await Run.nssKiosk(["--kiosk", "--config", file.path], environment: ["TERM": "xterm"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("necesita una terminal interactiva"), "\(run.stderr)")
    }

    @Test func withoutATerminalTheFullScreenWizardSaysSoInOneSpanishLine() async throws {
        let data = try dataDirectory(kioskConf: "pin_personal = 246813\n")
        defer { try? FileManager.default.removeItem(at: data) }
        for arguments in [["--data", data.path], ["--kiosk", "--data", data.path]] {
            let run = try await Run.nssKiosk(arguments, environment: ["TERM": "xterm"])
            #expect(run.status == 2)
            #expect(run.stderr == "nss-kiosk: nss-kiosk necesita una terminal interactiva: la entrada o la salida no es una terminal.\n")
        }
    }
}

/// The wizard's command line as staff meet it.
@Suite(.runsPrograms) struct WizardUsageTests {
    @Test func aWrongOptionIsOneSpanishMessageAndExitStatusTwo() async throws {
        let run = try await Run.nssKiosk(["--idle", "5"], environment: ["TERM": "xterm"])
        #expect(run.status == 2)
        #expect(run.stderr == "nss-kiosk: --idle: debe ser de al menos 30 segundos; dice 5.\nConsulta «nss-kiosk --help» para más información.\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func helpGoesToStandardOutput() async throws {
        let run = try await Run.nssKiosk(["--help"], environment: ["TERM": "xterm"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Uso: nss-kiosk [run] [opciones]"))
        #expect(run.stdout.contains("--captcha-test-answer <texto>"))
    }

    @Test func staffCommandsAreHandedToTheBackendProgram() async throws {
        let run = try await Run.nssKiosk(["curp", "check", "NUPM900715HNTXXR08"], environment: [:])
        #expect(run.status == 0)
        #expect(run.stdout == "NUPM900715HNTXXR08\tvalid\n")
    }
}

import ArgumentParser
import BackendOptions
import Foundation
@testable import NSSKioskBackendCLI
import Testing
import TestSupport

/// `nss-kiosk audit` and `nss-kiosk purge` as staff type them, and the one list of staff commands the
/// wizard hands over.
@Suite(.runsPrograms) struct AuditAndPurgeCommandTests {
    @Test func theWizardHandsOverExactlyTheBackendsSubcommands() {
        let names = NSSKioskBackend.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(names == StaffCommand.names)
    }

    @Test func aFreshInstallationHasAnAuditLogWithOnlyItsHeaderAndNothingToPurge() async throws {
        let data = RegistryCommandTests.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let audit = try await Run.nssKiosk(["audit", "--data", data])
        #expect(audit.status == 0)
        #expect(audit.stdout == "fecha,terminal,solicitud,folio,paso,resultado\n")
        let purge = try await Run.nssKiosk(["purge", "--older-than", "30", "--data", data])
        #expect(purge.status == 0)
        #expect(purge.stdout.hasPrefix("Solicitudes borradas: 0\nCorreos borrados: 0\n"))
    }

    @Test(arguments: [
        (["purge", "--older-than", "0"], "--older-than debe ser de al menos 1 día."),
        (["purge"], "--older-than"),
        (["audit", "--since", "2026-13-01"], "no es válida: escribe AAAA-MM-DD"),
    ])
    func mistakesAreSaidInSpanish(arguments: [String], message: String) async throws {
        let data = RegistryCommandTests.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(arguments + ["--data", data])
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Error:"), "no English from the argument parser")
    }
}

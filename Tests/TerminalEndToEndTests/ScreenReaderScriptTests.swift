import Foundation
import Testing
import TestSupport

/// The whole procedure in the line mode by someone who gets only what a screen reader gets: the lines
/// written, read in order, each question answered from its own words (and the code from their mailbox),
/// from the CURP to the documents — once for a localización and once for an asignación.
@Suite(.needsTmux, .runsPrograms)
struct ScreenReaderScriptTests {
    @Test(arguments: [true, false])
    func theLineModeCanBeFinishedFromItsWordsAlone(alreadyHasAnNSS: Bool) async throws {
        let terminal = try await KioskTerminal.open(["--plain"], testMode: false)
        defer { terminal.close() }
        let curp = try await terminal.kiosk.demoCURP(withNSS: alreadyHasAnNSS)
        var person = ScreenReaderPerson(terminal: terminal, curp: curp, email: "lectora.de.pantalla@gmail.com")
        let heard = try await person.goThrough()

        let kind = try person.said(after: "Tipo de trámite: ")
        #expect(kind == (alreadyHasAnNSS ? "Localización de NSS." : "Asignación de NSS."))
        let nss = try person.said(after: "Tu NSS es: ").filter(\.isNumber)
        #expect(nss.count == 11)
        let registry = try await terminal.kiosk.command(["registry", "list", "--limit", "600"])
        #expect(registry.contains("\(curp)\t\(nss)\t"), "the NSS said is the registry's")
        #expect(heard.contains { $0.hasPrefix("Guardamos tus documentos: ") })
        let saved = try FileManager.default.contentsOfDirectory(atPath: terminal.directory.appendingPathComponent("Descargas").path)
        #expect(saved.filter { $0.hasSuffix(".pdf") }.count == 2)
        #expect(heard.contains("Se borraron tus datos de este equipo."))
        #expect(try await terminal.tmux.waitForExit().status == 0)
    }
}

import KioskSettings
import Testing
@testable import NSSKioskCLI

/// Whether the wizard's first screen waits for the service's greeting: only where the office's language
/// may not be Spanish, by the same layers the settings are resolved in (command line, environment, file).
@Suite struct FirstFrameLanguageTests {
    private func mayNotBeSpanish(_ arguments: [String] = [], environment: [String: String] = [:],
                                 files: [String: String] = [:]) throws -> Bool {
        guard case .run(let options) = try WizardCommandLine.parse(arguments) else { throw ParseFailure() }
        return FirstFrameLanguage.mayNotBeSpanish(options, environment: environment, fileExists: { files[$0] != nil },
                                                  read: { files[$0] })
    }

    private struct ParseFailure: Error {}

    @Test func aSpanishOfficePaintsAtOnce() throws {
        #expect(try !mayNotBeSpanish())
        #expect(try !mayNotBeSpanish(files: [KioskSettings.standardFile: "[personal]\npin_sha256 = \"ab\"\n"]))
        #expect(try !mayNotBeSpanish(files: [KioskSettings.standardFile: "idioma = \"es\"\n"]))
        // `idioma` inside a table is another key; a commented line says nothing.
        #expect(try !mayNotBeSpanish(files: [KioskSettings.standardFile: "[otra]\nidioma = \"en\"\n"]))
        #expect(try !mayNotBeSpanish(files: [KioskSettings.standardFile: "# idioma = \"en\"\n"]))
        // A file that cannot be read: the service will say why.
        #expect(try !mayNotBeSpanish(["--config", "/no/existe.toml"]))
    }

    @Test func anotherLanguageInAnyLayerWaitsForTheGreeting() throws {
        #expect(try mayNotBeSpanish(files: [KioskSettings.standardFile: "# Oficina\nidioma = \"en\" # pantallas\n[idiomas]\n"]))
        #expect(try mayNotBeSpanish(["--config", "/srv/otra.toml"], files: ["/srv/otra.toml": "idioma='wix'\n"]))
        #expect(try mayNotBeSpanish(environment: [KioskSettings.fileVariable: "/srv/otra.toml"],
                                    files: ["/srv/otra.toml": "  idioma   =   \"en\"\n"]))
        #expect(try mayNotBeSpanish(environment: [Setting.language.environmentVariable: "en"]))
        #expect(try mayNotBeSpanish(["--language", "en"]))
    }

    /// Each layer over the one below, as the settings are resolved: the top one that names a language decides.
    @Test func theTopLayerDecides() throws {
        let english = [KioskSettings.standardFile: "idioma = \"en\"\n"]
        #expect(try !mayNotBeSpanish(environment: [Setting.language.environmentVariable: "es"], files: english))
        #expect(try !mayNotBeSpanish(["--language", "es"], environment: [Setting.language.environmentVariable: "en"]))
        #expect(try mayNotBeSpanish(["--language", "en"], environment: [Setting.language.environmentVariable: "es"]))
    }
}

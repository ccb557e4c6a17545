import ConfigFile
import Foundation
import NSSCore
@testable import Screens
import Terminal
import Testing
import TestSupport
import Wizard
import WizardFixtures

/// The screens in English, from the catalogue the repository ships (`idiomas/en.toml`): an office that
/// sets `idioma = "en"`, and a person who presses F2 on the first screen of a Spanish one.
@Suite(.serialized, .runsPrograms) struct EnglishScreenTests {
    static let english = CatalogueFile.read(path: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "idiomas/en.toml").path).catalogue!
    static let inEnglish = WizardConfiguration(languages: Languages(configured: "en", catalogues: [english]))
    static let inSpanish = WizardConfiguration(languages: Languages(configured: "es", catalogues: [english]))

    /// A state on `step` reached as a person in English reaches it: its notices are worded in English.
    static func at(_ step: Step, _ configuration: WizardConfiguration = inEnglish) -> WizardState {
        Catalogue.$current.withValue(english) { WizardState.at(step, configuration: configuration) }
    }

    private func render(_ app: KioskApp) async -> ScreenSnapshot {
        await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }
    }

    /// The first screen of an office in English: F2 offers Spanish, in Spanish.
    @Test func theFirstScreen() async {
        let snapshot = await render(TestApp.make(Self.at(.curp), configuration: Self.inEnglish))
        expectGolden(snapshot, "01-curp-english-mono")
        #expect(snapshot.text.contains("Enter your CURP") && snapshot.text.contains("F2 Español"))
    }

    /// The procedure's kind stands after the heading, however long the heading is in the language.
    @Test func theResult() async {
        let snapshot = await render(TestApp.make(Self.at(.result), configuration: Self.inEnglish))
        expectGolden(snapshot, "08-result-english-mono")
        #expect(snapshot.text.contains("Your NSS is:  (NSS assignment, «asignación»)"))
    }

    @Test func theLastScreen() async {
        expectGolden(await render(TestApp.make(Self.at(.documents), configuration: Self.inEnglish)), "09-documents-english-mono")
    }

    /// A Spanish office offers English on F2 of the first screen; the key switches everything, the F1 help
    /// included, and what was typed stays.
    @Test func f2OnTheFirstScreenSwitchesToEnglish() async {
        var app = TestApp.make(WizardState(configuration: Self.inSpanish), configuration: Self.inSpanish)
        let spanish = await render(app)
        #expect(spanish.text.contains("F2 English") && spanish.text.contains("Ingresa tu CURP"))
        app.typeKeys("HEGG56")
        _ = app.hit(.function(2))
        let english = await render(app)
        #expect(english.text.contains("Enter your CURP") && english.text.contains("F2 Español") && english.text.contains("HEGG56"))
        _ = app.hit(.function(1))
        expectGolden(await render(app), "help-curp-english-mono")
        _ = app.hit(.escape, .function(2))
        #expect(await render(app).text.contains("Ingresa tu CURP"))
    }

    /// Past the first screen the key does nothing and is not offered.
    @Test func f2IsOnlyOnTheFirstScreen() async {
        var app = TestApp.make(Self.at(.email, Self.inSpanish), configuration: Self.inSpanish)
        _ = app.hit(.function(2))
        let screen = await render(app)
        #expect(screen.text.contains("Correo electrónico") && !screen.text.contains("F2"))
    }
}

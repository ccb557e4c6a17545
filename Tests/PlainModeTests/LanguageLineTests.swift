import ConfigFile
import Foundation
import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

/// The line mode in English, from the catalogue the repository ships: an office that sets English, and
/// a person who asks for it on the first question (`:english`), which the line mode announces; the next
/// person after a wipe hears the configured language again.
@Suite(.runsPrograms) struct LanguageLineTests {
    static let english = CatalogueFile.read(path: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "idiomas/en.toml").path).catalogue!

    static func options(configured: String, kiosk: Bool = false) -> PlainOptions {
        var options = PlainOptions.testing
        options.languages = Languages(configured: configured, catalogues: [english])
        options.kiosk = kiosk
        return options
    }

    static let titles = ["Enter your CURP", "Email address", "Confirm your email address", "Type the characters in the box",
                         "Check your email", "Step 1 · Start the procedure",
                         "Step 2 · Finish the procedure", "Your Social Security Number", "Documents"]

    @Test func aWholeRunInEnglishByConfiguration() async {
        let backend = FakeBackend()
        let run = await PlainRun.run(Array(Answers.whole.dropLast()) + [":finish"], backend: backend,
                                     options: Self.options(configured: "en"))
        for (step, title) in zip(Step.allCases, Self.titles) {
            #expect(run.transcript.contains("Step \(step.number) of 9: \(title)"), "\(title)")
        }
        #expect(run.transcript.contains("Para español, escribe :español"), "Spanish is offered, in Spanish")
        #expect(run.transcript.contains("CURP (required): \(Answers.curp)\nValid CURP."))
        #expect(run.transcript.contains("To go on with your procedure we have sent a confirmation link to your email: an***@gmail.com."))
        #expect(run.transcript.contains("Welcome: GLORIA HERNÁNDEZ GARCÍA"))
        #expect(run.transcript.contains("Date of birth: 27/04/1956"))
        #expect(run.transcript.contains("Your NSS is: 18 25 56 0001 "))
        #expect(run.transcript.contains("Type of procedure: NSS assignment, «asignación»."))
        #expect(run.transcript.contains("Folio 17399369076551325965562, date "))
        #expect(run.transcript.contains(", Número de Seguridad Social\n"), "the documents keep their official names")
        #expect(run.transcript.contains("Your details were erased from this computer."))
        #expect(!run.transcript.contains("Paso 1 de 9"))
        #expect(run.status == 0)
        // The backend is told: the spelled captcha is said, and the emails written, in English.
        #expect(await backend.captchaLanguagesAsked == ["en"])
        #expect(await backend.submittedLanguages == ["en"])
    }

    /// `:english` on the first question: said in English, the screen again in English; the Spanish
    /// commands still work (`:terminar`).
    @Test func theFirstQuestionSwitchesOnRequest() async {
        let backend = FakeBackend()
        let run = await PlainRun.run([":english"] + Answers.whole, backend: backend, options: Self.options(configured: "es"))
        let transcript = run.transcript
        #expect(transcript.contains("Paso 1 de 9: Ingresa tu CURP"))
        #expect(transcript.contains("For English, type :english"))
        let switched = transcript.range(of: "Now in English.\n\nStep 1 of 9: Enter your CURP")
        #expect(switched != nil, "\(transcript)")
        #expect(transcript.contains("Step 9 of 9: Documents"))
        #expect(transcript.contains("You finished the procedure. Thank you."))
        #expect(run.status == 0)
        #expect(await backend.captchaLanguagesAsked == ["en"])
        #expect(await backend.submittedLanguages == ["en"])
    }

    /// Past the first question the language stays; `:english` there is an unknown command.
    @Test func onlyTheFirstQuestionSwitches() async {
        let run = await PlainRun.run([Answers.curp, ":english", ":salir"], options: Self.options(configured: "es"))
        #expect(run.transcript.contains("No conozco el comando :english."))
        #expect(!run.transcript.contains("Now in English."))
    }

    /// At a kiosk the wipe starts over for the next person in the configured language.
    @Test func theWipeBringsTheConfiguredLanguageBack() async {
        let run = await PlainRun.run([":english", Answers.curp, ":exit", "y"], options: Self.options(configured: "es", kiosk: true))
        let transcript = run.transcript
        let erased = try? #require(transcript.range(of: "Your details were erased from this computer.\n"))
        let after = erased.map { String(transcript[$0.upperBound...]) } ?? ""
        #expect(after.contains("Empezamos de nuevo.\nIMSS: Asignación o Localización de Número de Seguridad Social."), "\(after)")
        #expect(after.contains("Paso 1 de 9: Ingresa tu CURP"))
        #expect(run.finalState.language.code == "es")
    }
}

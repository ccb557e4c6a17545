import ConfigFile
@testable import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport

/// An application keeps the language the person was reading when they submitted it: its emails are
/// written in it (the documents stay Spanish), its spelled captcha is said in it, and a language the
/// backend has no catalogue of — or a broken code — gets Spanish, never a refused call or a lost email.
@Suite(.runsPrograms) struct ApplicationLanguageTests {
    /// The catalogue the repository ships.
    static let english = CatalogueFile.read(path: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "idiomas/en.toml").path).catalogue!

    @Test func anEnglishApplicationsEmailsAreInEnglish() async throws {
        let fixture = try Fixture(catalogues: [Self.english])
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp, language: "en")
        let confirmation = try #require(try fixture.mail(ticket.id, .confirmation).last)
        #expect(confirmation.subject == "Digital Service: NSS Assignment or Lookup Application")
        #expect(confirmation.header(MailKind.languageHeader) == "en")
        #expect(confirmation.text.hasPrefix("Date: 18/02/2025\n\nDear applicant,\n\n"))
        #expect(confirmation.text.contains("To confirm it, open this link:\nhttps://kiosco.example.mx/confirmar/"))
        #expect(confirmation.text.contains("\nConfirmation code: "))
        #expect(confirmation.text.contains("(Mexico City time)"))
        #expect(!confirmation.text.contains("Estimado"), "\(confirmation.text)")
        // The code and the link are found in any language (the staff tools, the answers' `desde-buzon`).
        let code = try #require(ConfirmationEmail.code(in: confirmation.text))
        #expect(ConfirmationEmail.link(in: confirmation.text) != nil)

        // A new email is in the application's language too.
        _ = try await fixture.backend.resendConfirmation(ticket.id)
        let resent = try #require(try fixture.mail(ticket.id, .confirmation).last)
        #expect(resent.subject == confirmation.subject && resent.text.contains("Dear applicant,"))
        #expect(fixture.backend.configuration.catalogue(for: "en") === Self.english)

        try await fixture.backend.confirm(ticket.id, code: try #require(ConfirmationEmail.code(in: resent.text)))
        #expect(code != ConfirmationEmail.code(in: resent.text))
        _ = try await fixture.backend.startProcedure(ticket.id)
        let result = try await fixture.backend.finishProcedure(ticket.id)
        await fixture.backend.deliverPendingMail()
        let mail = try #require(try fixture.mail(ticket.id, .result).last)
        #expect(mail.subject == "Digital Service: Your Social Security Number (NSS)")
        #expect(mail.header(MailKind.languageHeader) == "en")
        #expect(mail.text.contains("Your Social Security Number (NSS) is: \(result.nss.formatted)"))
        #expect(mail.text.contains("Procedure: NSS assignment, «asignación»\nFolio: \(result.folio.value)\nDate: 18/02/2025"))
        #expect(!mail.text.contains("Estimado") && !mail.text.contains("Tipo de trámite"), "\(mail.text)")
        // The documents are official: their names and their files stay Spanish.
        #expect(mail.text.contains("- Número de Seguridad Social: NSS-\(result.folio.value)-constancia.pdf"))
        #expect(mail.attachments.map(\.filename) == DocumentKind.allCases.map { $0.fileName(folio: result.folio) })

        // «Enviar copia a mi correo» sends the same English message.
        _ = try await fixture.backend.emailDocuments(ticket.id)
        await fixture.backend.deliverPendingMail()
        let copies = try fixture.mail(ticket.id, .result)
        #expect(copies.count == 2 && copies.allSatisfy { $0.subject == mail.subject && $0.text == mail.text })
    }

    @Test func aSpanishApplicationsEmailsStaySpanishWhereEnglishIsOffered() async throws {
        let fixture = try Fixture(catalogues: [Self.english])
        let id = try await fixture.started(try fixture.person(withNSS: true).curp)
        let confirmation = try #require(try fixture.mail(id, .confirmation).last)
        #expect(confirmation.subject == "Servicio Digital: Solicitud de Asignación o Localización de NSS")
        #expect(confirmation.header(MailKind.languageHeader) == "es")
        #expect(confirmation.text.hasPrefix("A 18/02/2025\n\nEstimado(a) Asegurado(a):\n\n"))
        #expect(confirmation.text.contains("\nCódigo de confirmación: "))
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        let mail = try #require(try fixture.mail(id, .result).last)
        #expect(mail.subject == "Servicio Digital: Tu Número de Seguridad Social (NSS)")
        #expect(mail.text.contains("Tipo de trámite: Localización de NSS"))
    }

    /// The backend stores a well-formed code as given (its catalogue may come later, or be another
    /// server's), anything else as Spanish; and writes Spanish for a language it has no catalogue of, or
    /// for the texts a catalogue lacks.
    @Test(arguments: [("wix", "wix"), ("EN", "es"), ("../../etc/passwd", "es"), ("", "es"),
                      (String(repeating: "x", count: 5000), "es")])
    func aLanguageWithoutACatalogueGetsSpanishEmails(_ asked: String, _ stored: String) async throws {
        let fixture = try Fixture(catalogues: [Self.english])
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp, language: asked)
        #expect(ticket.emailDelivered)
        let mail = try #require(try fixture.mail(ticket.id, .confirmation).last)
        #expect(mail.subject == ConfirmationEmail.subject)
        #expect(mail.text.contains("Estimado(a) Asegurado(a):"))
        #expect(mail.header(MailKind.languageHeader) == "es")
        let language = try await fixture.backend.database.read { db in try ApplicationTable.language(of: ticket.id.rawValue, db) }
        #expect(language == stored)
    }

    @Test func aCatalogueWithoutTheEmailsTextsWritesThemInSpanish() async throws {
        let partial = Catalogue(code: "fr", texts: [.languageName: "Français", .mailGreeting: "Madame, Monsieur,"])
        let fixture = try Fixture(catalogues: [partial])
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp, language: "fr")
        let mail = try #require(try fixture.mail(ticket.id, .confirmation).last)
        #expect(mail.subject == ConfirmationEmail.subject)
        #expect(mail.text.contains("Madame, Monsieur,\n\nHemos recibido una solicitud"))
        #expect(mail.header(MailKind.languageHeader) == "fr")
    }

    /// NATO's alphabet: the one English speakers use over the phone; the place in words, no case said.
    @Test func theSpelledCaptchaIsSaidInEnglish() async throws {
        let fixture = try Fixture(catalogues: [Self.english])
        let challenge = try await fixture.backend.newCaptcha(CaptchaRequest(.spelled, language: "en"))
        #expect(challenge.lines == ["First: Letter g, as in «Golf».", "Second: Letter b, as in «Bravo».",
                                    "Third: Number seven.", "Fourth: Letter h, as in «Hotel».",
                                    "Fifth: Letter e, as in «Echo».", "Sixth: Letter r, as in «Romeo»."])
        #expect(SpelledCaptchaReader.answer(in: challenge.lines) == Fixture.captchaAnswer.lowercased())
        _ = try await fixture.backend.submit(ApplicationRequest(
            curp: try fixture.person(withNSS: false).curp, email: fixture.email, captchaID: challenge.id,
            captchaAnswer: "g b 7 h e r", language: "en"))
        // Spanish, by default and for a language without a catalogue.
        for request in [CaptchaRequest(.spelled), CaptchaRequest(.spelled, language: "wix")] {
            let spanish = try await fixture.backend.newCaptcha(request)
            #expect(spanish.lines.first?.hasPrefix("Primero: Letra ge, como en «") == true, "\(spanish.lines)")
        }
    }

    @Test func everyCharacterOfTheAlphabetIsSpelledInBothLanguages() {
        var rng = SplitMix64(state: 7)
        for catalogue in [Catalogue.spanish, Self.english] {
            for symbol in CaptchaSpelling.symbols {
                let line = CaptchaSpelling.lines(for: String(symbol), in: catalogue, using: &rng)[0]
                #expect(SpelledCaptchaReader.answer(in: [line]) == symbol.lowercased(), "«\(line)»")
                #expect(!line.contains { $0.isNumber }, "no digit to type by mistake in «\(line)»")
                for word in ["mayúscula", "minúscula", "capital", "small"] { #expect(!line.contains(word), "«\(line)»") }
            }
        }
    }

    /// A database of the previous schema, with applications in it (made before languages were stored), is
    /// migrated: its applications are Spanish, and go on to their result email.
    @Test func applicationsOfAnEarlierSchemaAreSpanishAndGoOn() async throws {
        let fixture = try Fixture(catalogues: [Self.english])
        let finished = try await fixture.started(try fixture.person(withNSS: true).curp)
        _ = try await fixture.backend.finishProcedure(finished)
        await fixture.backend.deliverPendingMail()
        let waiting = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let configuration = fixture.backend.configuration
        // The database as the previous version left it: no language column, v10 not applied.
        let queue = try DatabaseQueue(path: configuration.databaseURL.path)
        try await queue.write { db in
            try db.execute(sql: "ALTER TABLE application DROP COLUMN language")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v10: the language of each application'")
        }
        try queue.close()
        let reopened = try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        let languages = try await reopened.database.read { db in
            try [finished, waiting.id].map { try ApplicationTable.language(of: $0.rawValue, db) }
        }
        #expect(languages == ["es", "es"])
        try await reopened.confirm(waiting.id, code: try fixture.code(waiting.id))
        _ = try await reopened.startProcedure(waiting.id)
        _ = try await reopened.finishProcedure(waiting.id)
        _ = try await reopened.emailDocuments(finished)
        await reopened.deliverPendingMail()
        for id in [finished, waiting.id] {
            let mail = try #require(try fixture.mail(id, .result).last)
            #expect(mail.subject == ResultEmail.subject && mail.text.contains("Estimado(a) Asegurado(a):"))
        }
        #expect(try fixture.mail(finished, .result).count == 2)
    }
}

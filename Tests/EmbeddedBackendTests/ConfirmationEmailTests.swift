import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The confirmation email of the embedded backend: the seed's wording, the link only when a phone can
/// reach it, the code always, and how the code and link are accepted.
@Suite(.runsPrograms) struct ConfirmationEmailTests {
    @Test func emailHasTheSeedsWordingTheLinkTheCodeAndTheExpiry() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: false)
        let ticket = try await fixture.submit(person.curp)
        let mail = try #require(try fixture.mail(ticket.id, .confirmation).first)
        #expect(mail.subject == "Servicio Digital: Solicitud de Asignación o Localización de NSS")
        #expect(mail.header("To") == fixture.email.value)
        let text = mail.text
        #expect(text.hasPrefix("A 18/02/2025\n\nEstimado(a) Asegurado(a):\n\n"))
        #expect(text.contains("Hemos recibido una solicitud de Asignación o Localización de Número de Seguridad Social."))
        #expect(text.contains("Se ha detectado que el correo electrónico que estás ingresando no está confirmado, "
            + "requerimos que accedas a la siguiente liga para confirmar tu correo electrónico:\n"
            + "https://kiosco.example.mx/confirmar/"))
        #expect(text.contains("vencen a las 22:18 del 18/02/2025 (hora del centro de México)"))
        let code = try #require(ConfirmationEmail.code(in: text))
        #expect(code.wholeMatch(of: /[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}/) != nil, "code \(code) is unambiguous")
        let link = try #require(ConfirmationEmail.link(in: text))
        let token = link.lastPathComponent
        #expect(token.wholeMatch(of: /[A-Za-z0-9_-]{22}/) != nil, "a 128-bit base64url token")
        #expect(ticket.carriesLink)
        #expect(ticket.maskedEmail == "an***@example.com")
        #expect(!text.contains(person.curp.value) && !text.contains(person.givenNames), "no personal data in the email")
    }

    @Test func withoutAPublicAddressTheEmailCarriesOnlyTheCode() async throws {
        let fixture = try Fixture(publicBaseURL: nil)
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let text = try #require(try fixture.mail(ticket.id, .confirmation).first).text
        #expect(!ticket.carriesLink)
        #expect(ConfirmationEmail.link(in: text) == nil)
        #expect(!text.contains("http"))
        #expect(text.contains("requerimos que escribas el siguiente código en la terminal donde iniciaste tu trámite"))
        #expect(ConfirmationEmail.code(in: text) != nil)
    }

    @Test func codeIsAcceptedWithoutItsDashInAnyCase() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let typed = " " + (try fixture.code(ticket.id)).replacingOccurrences(of: "-", with: "").lowercased() + " "
        try await fixture.backend.confirm(ticket.id, code: typed)
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .confirmed)
    }

    @Test(arguments: ["bare", "angle brackets", "whole link"])
    func linkIsAcceptedAsPasted(_ form: String) async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let link = try #require(ConfirmationEmail.link(in: try fixture.mail(ticket.id, .confirmation)[0].text))
        let token = link.lastPathComponent
        let pasted = switch form {
        case "bare": token
        case "angle brackets": "<\(link.absoluteString)>"
        default: link.absoluteString
        }
        #expect(try await fixture.backend.openLink(token: pasted) == ticket.id)
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .confirmed)
    }

    /// Emails sent before links pointed to the office server's page carry `…/confirmar?token=…`.
    @Test func aLinkOfTheEarlierFormStillConfirms() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let link = ConfirmationEmail.link(in: try fixture.mail(ticket.id, .confirmation)[0].text)!
        #expect(link.deletingLastPathComponent().lastPathComponent == ConfirmationLink.pathSegment)
        let earlier = "https://kiosco.example.mx/confirmar?token=\(link.lastPathComponent)"
        #expect(try await fixture.backend.openLink(token: earlier) == ticket.id)
    }

    @Test func aLinkThatWasNeverSentFindsNoApplication() async throws {
        let fixture = try Fixture()
        await #expect(throws: BackendError.applicationNotFound) {
            try await fixture.backend.openLink(token: "https://kiosco.example.mx/confirmar/AAAAAAAAAAAAAAAAAAAAAA")
        }
        await #expect(throws: BackendError.applicationNotFound) {
            try await fixture.backend.openLink(token: "https://kiosco.example.mx/confirmar?token=AAAAAAAAAAAAAAAAAAAAAA")
        }
        await #expect(throws: BackendError.applicationNotFound) { try await fixture.backend.openLink(token: "nada") }
    }

    @Test func codeAndLinkExpireAndANewEmailRevivesTheApplication() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let code = try fixture.code(ticket.id)
        let link = ConfirmationEmail.link(in: try fixture.mail(ticket.id, .confirmation)[0].text)!.absoluteString
        fixture.clock.advance(by: 30 * 60)
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .expired)
        await #expect(throws: BackendError.confirmationExpired) { try await fixture.backend.confirm(ticket.id, code: code) }
        await #expect(throws: BackendError.confirmationExpired) { try await fixture.backend.openLink(token: link) }
        let renewed = try await fixture.backend.resendConfirmation(ticket.id)
        #expect(renewed.expiresAt == fixture.clock.now.addingTimeInterval(30 * 60))
        #expect(try fixture.mail(ticket.id, .confirmation).count == 2)
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .confirmed)
        await #expect(throws: BackendError.outOfOrder) { try await fixture.backend.resendConfirmation(ticket.id) }
    }

    @Test func withoutALinkADeadCodeLeavesTheApplicationExpired() async throws {
        let fixture = try Fixture(publicBaseURL: nil, limits: EmbeddedLimits(codeAttempts: 2))
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        await #expect(throws: BackendError.codeWrong(attemptsLeft: 1)) { try await fixture.backend.confirm(ticket.id, code: "ZZZZZZZZ") }
        await #expect(throws: BackendError.codeWrong(attemptsLeft: 0)) { try await fixture.backend.confirm(ticket.id, code: "ZZZZZZZZ") }
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .expired)
    }

    @Test func theOldCodeAfterAResendIsExpiredAndSpendsNoAttempt() async throws {
        let fixture = try Fixture(limits: EmbeddedLimits(codeAttempts: 1))
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let old = try fixture.code(ticket.id)
        _ = try await fixture.backend.resendConfirmation(ticket.id)
        await #expect(throws: BackendError.confirmationExpired) { try await fixture.backend.confirm(ticket.id, code: old) }
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
    }
}

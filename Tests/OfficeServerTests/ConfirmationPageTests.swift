import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
@testable import OfficeServer
import Testing
import TestSupport

/// The page a phone shows for the link of the confirmation email, for every way opening it can end.
@Suite(.runsPrograms) struct ConfirmationPageTests {
    let fixture: OfficeFixture
    let server: RunningServer
    let backend: RemoteBackend<HTTPTransport>

    init() async throws {
        fixture = try OfficeFixture()
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger))
        backend = RemoteBackend(server.transport(wait: .seconds(1)))
    }

    private func submit(withNSS: Bool = false, email: String = "ana.lopez@example.com") async throws -> ApplicationTicket {
        let challenge = try await backend.newCaptcha(.picture)
        return try await backend.submit(ApplicationRequest(curp: try fixture.curp(withNSS: withNSS), email: try EmailAddress(email),
                                                           captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
    }

    /// A page a phone shows well: Spanish, its width, large text, nothing from elsewhere.
    private func expectPhonePage(_ page: RawHTTP.Answer, sourceLocation: SourceLocation = #_sourceLocation) {
        let html = page.text
        #expect(page.contentType == "text/html; charset=utf-8", sourceLocation: sourceLocation)
        #expect(html.hasPrefix("<!DOCTYPE html>"), sourceLocation: sourceLocation)
        #expect(html.contains(#"<html lang="es">"#), sourceLocation: sourceLocation)
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#), sourceLocation: sourceLocation)
        #expect(html.contains("font-size: 1.25rem"), sourceLocation: sourceLocation)
        for external in ["src=", "href=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(external), "«\(external)» loads something from elsewhere", sourceLocation: sourceLocation)
        }
        #expect(page.headers["Referrer-Policy"].first == "no-referrer", sourceLocation: sourceLocation)
        #expect(page.headers["Content-Security-Policy"].first?.hasPrefix("default-src 'none'") == true, sourceLocation: sourceLocation)
        #expect(page.headers["Cache-Control"].first == "no-store", sourceLocation: sourceLocation)
    }

    @Test func theEmailsLinkPointsToThePageAndConfirmsTheEmail() async throws {
        let ticket = try await submit()
        #expect(ticket.carriesLink)
        let link = try fixture.link(ticket.id)
        #expect(link.absoluteString.hasPrefix(OfficeFixture.publicURL.absoluteString + "/confirmar/"), "\(link)")
        let page = try await server.open(link: link.absoluteString)
        #expect(page.status == 200)
        expectPhonePage(page)
        #expect(page.text.contains("<h1>Correo confirmado</h1>"))
        #expect(page.text.contains("continuará sola"))
        #expect(try await backend.confirmationStatus(ticket.id) == .confirmed)
    }

    /// Opening the link shows a button and changes nothing: a mail scanner or a link preview that fetches
    /// (or HEADs) every link of a message confirms nothing; the button does.
    @Test func openingTheLinkAsksAndOnlyTheButtonConfirms() async throws {
        let ticket = try await submit()
        let address = server.base.absoluteString + (try fixture.link(ticket.id)).path
        for _ in 0..<3 {
            let page = try await RawHTTP.send(.GET, address)
            #expect(page.status == 200)
            expectPhonePage(page)
            #expect(page.text.contains("<h1>Confirma tu correo</h1>"))
            #expect(page.text.contains(#"<form method="post"><button type="submit">Confirmar mi correo</button></form>"#))
            let head = try await RawHTTP.send(.HEAD, address)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["Content-Type"].first == "text/html; charset=utf-8")
        }
        #expect(try await backend.confirmationStatus(ticket.id) == .pending(expiresAt: ticket.expiresAt))
        let pressed = try await RawHTTP.send(.POST, address)
        #expect(pressed.status == 200)
        #expect(pressed.text.contains("<h1>Correo confirmado</h1>"))
        #expect(try await backend.confirmationStatus(ticket.id) == .confirmed)
        let after = try await RawHTTP.send(.GET, address)
        #expect(after.text.contains("ya estaba confirmado"))
        #expect(!after.text.contains("<form"))
    }

    /// HEAD answers the status GET would, for every outcome, and changes nothing.
    @Test func aHeadOfAnExpiredOrUnknownLinkHasItsStatus() async throws {
        let ticket = try await submit()
        let address = server.base.absoluteString + (try fixture.link(ticket.id)).path
        #expect(try await RawHTTP.send(.HEAD, server.base.absoluteString + "/confirmar/AAAAAAAAAAAAAAAAAAAAAA").status == 404)
        fixture.clock.advance(by: fixture.backend.configuration.limits.confirmationLifetime + 1)
        #expect(try await RawHTTP.send(.HEAD, address).status == 410)
        #expect(try await RawHTTP.send(.GET, address).status == 410)
    }

    @Test func openingItAgainSaysItWasAlreadyConfirmed() async throws {
        let ticket = try await submit()
        let link = try fixture.link(ticket.id).absoluteString
        _ = try await server.open(link: link)
        let again = try await server.open(link: link)
        #expect(again.status == 200)
        expectPhonePage(again)
        #expect(again.text.contains("ya estaba confirmado"))
    }

    @Test func aLinkConfirmedByTheCodeFirstSaysItWasAlreadyConfirmed() async throws {
        let ticket = try await submit()
        try await backend.confirm(ticket.id, code: try fixture.code(ticket.id))
        let page = try await server.open(link: try fixture.link(ticket.id).absoluteString)
        #expect(page.text.contains("ya estaba confirmado"))
    }

    @Test func anExpiredLinkSaysSoAndWhatToDo() async throws {
        let ticket = try await submit()
        fixture.clock.advance(by: fixture.backend.configuration.limits.confirmationLifetime + 1)
        let page = try await server.open(link: try fixture.link(ticket.id).absoluteString)
        #expect(page.status == 410)
        expectPhonePage(page)
        #expect(page.text.contains("<h1>La liga caducó</h1>"))
        #expect(page.text.contains("«Reenviar»"))
        #expect(try await backend.confirmationStatus(ticket.id) == .expired)
    }

    @Test func theLinkOfAnEmailReplacedByANewerOneSaysSo() async throws {
        let ticket = try await submit()
        let old = try fixture.link(ticket.id).absoluteString
        _ = try await backend.resendConfirmation(ticket.id)
        let page = try await server.open(link: old)
        #expect(page.status == 410)
        expectPhonePage(page)
        #expect(page.text.contains("correo más reciente"))
        let newest = try await server.open(link: try fixture.link(ticket.id).absoluteString)
        #expect(newest.text.contains("<h1>Correo confirmado</h1>"))
    }

    @Test(arguments: ["/confirmar/AAAAAAAAAAAAAAAAAAAAAA", "/confirmar/corta", "/confirmar/%3Cscript%3Ealert(1)%3C%2Fscript%3E"])
    func anUnknownLinkSaysItIsNotRecognised(_ path: String) async throws {
        let page = try await RawHTTP.send(.GET, server.base.absoluteString + path)
        #expect(page.status == 404)
        expectPhonePage(page)
        #expect(page.text.contains("Liga no reconocida"))
        #expect(!page.text.contains("<script>"))
    }

    @Test func aLinkForACURPWithAnotherConfirmedEmailSaysSo() async throws {
        let first = try await submit(email: "primera@example.com")
        let second = try await submit(email: "segunda@example.com")
        let secondLink = try fixture.link(second.id).absoluteString
        _ = try await server.open(link: try fixture.link(first.id).absoluteString)
        let page = try await server.open(link: secondLink)
        #expect(page.status == 409)
        #expect(page.text.contains("ya tiene asociado otro correo"))
    }

    @Test func theTextOfThePageIsEscaped() {
        #expect(PhonePage.escaped("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }
}

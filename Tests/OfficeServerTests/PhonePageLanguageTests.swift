import ConfigFile
import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
@testable import OfficeServer
import Testing
import TestSupport

/// The pages a phone opens speak the application's language: the confirmation link's and each document
/// link's, from the token; a page for a token that names nothing, the language the phone asks for among
/// the server's (Spanish by default). The documents themselves stay Spanish.
@Suite(.runsPrograms) struct PhonePageLanguageTests {
    static let english = CatalogueFile.read(path: URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "idiomas/en.toml").path).catalogue!

    let fixture: OfficeFixture
    let server: RunningServer
    let backend: RemoteBackend<HTTPTransport>

    init() async throws {
        fixture = try OfficeFixture(catalogues: [Self.english])
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger))
        backend = RemoteBackend(server.transport(wait: .seconds(1)))
    }

    private func submit(_ language: String) async throws -> ApplicationTicket {
        let challenge = try await backend.newCaptcha(CaptchaRequest(.spelled, language: language))
        return try await backend.submit(ApplicationRequest(curp: try fixture.curp(withNSS: false),
                                                           email: try EmailAddress("ana.lopez@example.com"),
                                                           captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer,
                                                           language: language))
    }

    @Test func anEnglishApplicationsPagesAreInEnglish() async throws {
        let ticket = try await submit("en")
        // The email, sent by the server, is in English too: the language came over HTTP with the call.
        let mail = try #require(try OfficeFixture.mail(ticket.id, .confirmation, in: fixture.backend))
        #expect(mail.subject == "Digital Service: NSS Assignment or Lookup Application")
        let link = try fixture.link(ticket.id).absoluteString
        // Whatever the phone prefers: the page is about that application. First the question, then its button.
        let question = try await RawHTTP.send(.GET, try localAddress(link), headers: [("Accept-Language", "es")])
        #expect(question.status == 200)
        #expect(question.text.contains(#"<html lang="en">"#) && question.text.contains("<h1>Confirm your email</h1>"))
        #expect(question.text.contains(#"<button type="submit">Confirm my email</button>"#))
        let page = try await server.open(link: link)
        #expect(page.status == 200)
        #expect(page.text.contains(#"<html lang="en">"#))
        #expect(page.text.contains("<h1>Email confirmed</h1>"))
        #expect(page.text.contains("<title>Email confirmed · IMSS</title>"))
        #expect(page.text.contains("Instituto Mexicano del Seguro Social · NSS assignment or lookup"))
        let again = try await RawHTTP.send(.GET, try localAddress(link), headers: [("Accept-Language", "es-MX,es;q=0.9")])
        #expect(again.text.contains(#"<html lang="en">"#) && again.text.contains("<h1>Your email was already confirmed</h1>"))

        _ = try await backend.startProcedure(ticket.id)
        _ = try await backend.finishProcedure(ticket.id)
        let links = try await backend.documentLinks(ticket.id)
        let address = try localAddress(try #require(links.first).url)
        let document = try await RawHTTP.send(.GET, address, headers: [("Accept-Language", "es")])
        #expect(document.status == 200)
        #expect(document.text.contains(#"<html lang="en">"#))
        // The document's name is the official one, in Spanish.
        #expect(document.text.contains("<h1>\(links[0].kind.title)</h1>"))
        #expect(document.text.contains("This link downloads the document once, until "))
        #expect(document.text.contains(#"<button type="submit">Download the PDF</button>"#))
        #expect(try await RawHTTP.send(.POST, address).status == 200)
        let used = try await RawHTTP.send(.GET, address)
        #expect(used.status == 410)
        #expect(used.text.contains("<h1>This link was already used</h1>"))
        #expect(used.text.contains("choose «Take them on my phone» at the terminal to get new links, or «Email me a copy»."),
                "\(used.text)")
    }

    @Test func aSpanishApplicationsPagesStaySpanishWhateverThePhonePrefers() async throws {
        let ticket = try await submit("es")
        let page = try await RawHTTP.send(.GET, try localAddress(try fixture.link(ticket.id).absoluteString),
                                          headers: [("Accept-Language", "en-US,en;q=0.9")])
        #expect(page.status == 200)
        #expect(page.text.contains(#"<html lang="es">"#) && page.text.contains("<h1>Confirma tu correo</h1>"))
        let confirmed = try await RawHTTP.send(.POST, try localAddress(try fixture.link(ticket.id).absoluteString),
                                               headers: [("Accept-Language", "en-US,en;q=0.9")])
        #expect(confirmed.text.contains(#"<html lang="es">"#) && confirmed.text.contains("<h1>Correo confirmado</h1>"))
    }

    @Test func anExpiredEnglishLinkSaysSoInEnglish() async throws {
        let ticket = try await submit("en")
        fixture.clock.advance(by: fixture.backend.configuration.limits.confirmationLifetime + 1)
        let page = try await server.open(link: try fixture.link(ticket.id).absoluteString)
        #expect(page.status == 410)
        #expect(page.text.contains("<h1>The link expired</h1>") && page.text.contains("«Resend email»"))
    }

    /// A token that names nothing: the phone's preference among the server's languages, Spanish otherwise.
    @Test(arguments: [(nil, "es"), ("en-US,en;q=0.9,es;q=0.8", "en"), ("es-MX,es;q=0.9,en;q=0.8", "es"),
                      ("fr-FR, de;q=0.5", "es"), ("es;q=0.5, en;q=0.8", "en"), ("en;q=0, es", "es"), ("*", "es")])
    func anUnknownTokensPageIsInTheLanguageThePhoneAsksFor(_ header: String?, _ language: String) async throws {
        let headers = header.map { [("Accept-Language", $0)] } ?? []
        for path in ["/confirmar/AAAAAAAAAAAAAAAAAAAAAA", "/d/AAAAAAAAAAAAAAAAAAAAAAAAAA"] {
            let page = try await RawHTTP.send(.GET, server.base.absoluteString + path, headers: headers)
            #expect(page.status == 404)
            #expect(page.text.contains(#"<html lang="\#(language)">"#), "\(path): \(page.text)")
            #expect(page.text.contains(language == "en" ? "<h1>Link not recognised</h1>" : "<h1>Liga no reconocida</h1>"))
        }
    }

    private func localAddress(_ link: String) throws -> String {
        guard let url = URL(string: link) else { throw FixtureFailure("not a link: \(link)") }
        return server.base.absoluteString + url.path
    }
}

import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NIOHTTP1
import NSSCore
@testable import OfficeServer
import Testing
import TestSupport

/// A document's one-time link on the person's phone: the page, the download that spends it, and what the
/// page says afterwards — through the real server, as a phone's browser asks.
@Suite(.runsPrograms) struct DocumentLinkPageTests {
    let fixture: OfficeFixture
    let server: RunningServer
    let backend: RemoteBackend<HTTPTransport>

    init() async throws {
        fixture = try OfficeFixture()
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger))
        backend = RemoteBackend(server.transport(wait: .seconds(1)))
    }

    /// A finished procedure through the server, and its links.
    private func links() async throws -> [DocumentLink] {
        let challenge = try await backend.newCaptcha(.picture)
        let ticket = try await backend.submit(ApplicationRequest(
            curp: try fixture.curp(withNSS: false), email: try EmailAddress("ana.lopez@example.com"),
            captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
        try await backend.confirm(ticket.id, code: try fixture.code(ticket.id))
        _ = try await backend.startProcedure(ticket.id)
        _ = try await backend.finishProcedure(ticket.id)
        return try await backend.documentLinks(ticket.id)
    }

    private func address(_ link: DocumentLink) throws -> String {
        guard let url = URL(string: link.url) else { throw FixtureFailure("not a link: \(link.url)") }
        return server.base.absoluteString + url.path
    }

    @Test func thePageOffersTheDownloadAndTheDownloadWorksOnce() async throws {
        let links = try await links()
        #expect(links.count == 2)
        for link in links {
            #expect(link.url.hasPrefix(OfficeFixture.publicURL.absoluteString + "/d/"))
            let page = try await RawHTTP.send(.GET, try address(link))
            #expect(page.status == 200)
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.text.contains("<h1>\(link.kind.title)</h1>"))
            #expect(page.text.contains(#"<form method="post"><button type="submit">Descargar el PDF</button></form>"#))
            #expect(page.headers["Content-Security-Policy"].first?.contains("form-action 'self'") == true)
            // A preview or a second look spends nothing.
            #expect(try await RawHTTP.send(.GET, try address(link)).status == 200)

            let download = try await RawHTTP.send(.POST, try address(link))
            #expect(download.status == 200)
            #expect(download.contentType == "application/pdf")
            #expect(download.body.starts(with: Array("%PDF-".utf8)))
            #expect(download.headers["Content-Disposition"].first?.hasPrefix("attachment; filename=\"NSS-") == true)
            #expect(download.headers["Content-Disposition"].first?.hasSuffix("-\(link.kind.rawValue).pdf\"") == true)
            #expect(download.headers["Cache-Control"].first == "no-store")

            for method in [HTTPMethod.POST, .GET] {
                let again = try await RawHTTP.send(method, try address(link))
                #expect(again.status == 410)
                #expect(again.text.contains("<h1>Esta liga ya se usó</h1>"))
                #expect(!again.text.contains("<form"))
            }
        }
    }

    @Test func anExpiredLinkSaysSo() async throws {
        let link = try #require(try await links().first)
        fixture.clock.advance(by: fixture.backend.configuration.limits.documentLinkLifetime)
        for method in [HTTPMethod.GET, .POST] {
            let page = try await RawHTTP.send(method, try address(link))
            #expect(page.status == 410)
            #expect(page.text.contains("<h1>La liga caducó</h1>"))
            #expect(page.text.contains("Llevar a mi teléfono"))
        }
    }

    @Test func anAddressTypedInSmallLettersIsTheSameLink() async throws {
        // An ASCII terminal and the line mode show the address to be typed; a phone's keyboard types small letters.
        let link = try #require(try await links().first)
        let token = try #require(URL(string: link.url)).lastPathComponent
        let lowered = server.base.absoluteString + "/d/" + token.lowercased()
        #expect(lowered != (try address(link)))
        let page = try await RawHTTP.send(.GET, lowered)
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>\(link.kind.title)</h1>"))
        let download = try await RawHTTP.send(.POST, lowered)
        #expect(download.status == 200)
        #expect(download.contentType == "application/pdf")
        #expect(try await RawHTTP.send(.GET, try address(link)).status == 410)
    }

    @Test func aHeadLooksAtTheLinkWithoutSpendingIt() async throws {
        // A messenger's link preview may ask HEAD first: it gets what GET would, without the page.
        let link = try #require(try await links().first)
        let head = try await RawHTTP.send(.HEAD, try address(link))
        #expect(head.status == 200)
        #expect(head.contentType == "text/html; charset=utf-8")
        #expect(head.headers["Cache-Control"].first == "no-store")
        #expect(head.body.isEmpty)
        #expect(try await RawHTTP.send(.GET, try address(link)).status == 200)
        #expect(try await RawHTTP.send(.POST, try address(link)).status == 200)
        #expect(try await RawHTTP.send(.HEAD, try address(link)).status == 410)
        #expect(try await RawHTTP.send(.HEAD, server.base.absoluteString + "/d/NOSUCHTOKEN").status == 404)
    }

    @Test(arguments: ["/d/NOSUCHTOKEN", "/d/" + String(repeating: "A", count: 24), "/d/%3Cscript%3E", "/d/a%00b"])
    func aLinkThatNamesNoDocumentIsNotFound(path: String) async throws {
        for method in [HTTPMethod.GET, .POST] {
            let page = try await RawHTTP.send(method, server.base.absoluteString + path)
            #expect(page.status == 404)
            #expect(page.text.contains("<h1>Liga no reconocida</h1>"))
            #expect(!page.text.contains("<script"))
        }
    }
}

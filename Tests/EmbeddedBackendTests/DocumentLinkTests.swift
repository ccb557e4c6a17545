import Documents
import EmbeddedBackend
import Foundation
import NSSCore
import Synchronization
import Testing
import TestSupport

/// «Llevar a mi teléfono»: a one-time, expiring link per document, its QR code, and what the link leads to.
@Suite(.runsPrograms) struct DocumentLinkTests {
    static func token(of link: DocumentLink) -> String { String(link.url.split(separator: "/").last ?? "") }

    @Test func eachDocumentGetsALinkUnderThePublicAddressThatWorksOnce() async throws {
        let fixture = try Fixture()
        let (id, result, documents) = try await DocumentTests.finished(fixture)
        let links = try await fixture.backend.documentLinks(id)
        #expect(links.map(\.kind) == [.constancia, .tarjeta])
        #expect(links.allSatisfy { $0.url.hasPrefix("https://kiosco.example.mx/d/") })
        #expect(Set(links.map(\.url)).count == 2)
        #expect(links.allSatisfy { $0.expiresAt == fixture.clock.now + 600 })
        for (link, info) in zip(links, documents) {
            let token = Self.token(of: link)
            // Looking at the page spends nothing, however often.
            for _ in 0..<2 {
                #expect(try await fixture.backend.documentLink(token: token)
                        == .ready(info.kind, folio: result.folio, expiresAt: link.expiresAt))
            }
            let taken = try await fixture.backend.takeDocument(token: token)
            #expect(taken == .document(info.kind, fileName: info.fileName, pdf: try await fixture.backend.document(info.id)))
            #expect(try await fixture.backend.takeDocument(token: token) == .refused(.used))
            #expect(try await fixture.backend.documentLink(token: token) == .used)
        }
    }

    @Test func aLinkStopsWorkingWhenItsTimeRunsOut() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let link = try #require(try await fixture.backend.documentLinks(id).first)
        fixture.clock.advance(by: 599)
        #expect(try await fixture.backend.documentLink(token: Self.token(of: link)) != .expired)
        fixture.clock.advance(by: 1)
        #expect(try await fixture.backend.documentLink(token: Self.token(of: link)) == .expired)
        #expect(try await fixture.backend.takeDocument(token: Self.token(of: link)) == .refused(.expired))
    }

    @Test(arguments: ["", "A", String(repeating: "A", count: 24), "../../etc/passwd", String(repeating: "Z", count: 5000),
                      "abcdefghjkmnpqrstuvwxyz2", "ABCDEFGHJKLMNPQRSTUVWXY'"])
    func aTokenThatNamesNoLinkIsUnknown(token: String) async throws {
        let fixture = try Fixture()
        #expect(try await fixture.backend.documentLink(token: token) == .unknown)
        #expect(try await fixture.backend.takeDocument(token: token) == .refused(.unknown))
    }

    @Test func twoPhonesRacingForOneLinkGetOneDocument() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let token = Self.token(of: try #require(try await fixture.backend.documentLinks(id).first))
        let other = try fixture.another()
        async let first = fixture.backend.takeDocument(token: token)
        async let second = other.takeDocument(token: token)
        let outcomes = try await [first, second]
        #expect(outcomes.filter { if case .document = $0 { true } else { false } }.count == 1)
        #expect(outcomes.contains(.refused(.used)))
    }

    /// The link is claimed before its PDF is made: of two phones racing, one gets it and the PDF is made
    /// once, not once per phone.
    @Test func twoPhonesRacingMakeThePDFOnce() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let token = Self.token(of: try #require(try await fixture.backend.documentLinks(id).first))
        let renderer = CountingRenderer(fixture.backend.configuration.renderer)
        var configuration = fixture.backend.configuration
        configuration.renderer = renderer
        let phones = try (0..<2).map { _ in try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger) }
        async let first = phones[0].takeDocument(token: token)
        async let second = phones[1].takeDocument(token: token)
        let outcomes = try await [first, second]
        #expect(outcomes.filter { if case .document = $0 { true } else { false } }.count == 1)
        #expect(outcomes.contains(.refused(.used)))
        #expect(renderer.renders == 1)
    }

    /// A PDF that could not be made gives the link back: it works again, and the next try gets the document.
    @Test func aFailedRenderingLeavesTheLinkWorking() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let token = Self.token(of: try #require(try await fixture.backend.documentLinks(id).first))
        var configuration = fixture.backend.configuration
        configuration.renderer = CountingRenderer(fixture.backend.configuration.renderer, fails: true)
        let failing = try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        await #expect(throws: BackendError.self) { try await failing.takeDocument(token: token) }
        guard case .ready = try await fixture.backend.documentLink(token: token) else {
            Issue.record("the link was left spent by a failed rendering")
            return
        }
        guard case .document = try await fixture.backend.takeDocument(token: token) else {
            Issue.record("the link did not give its document after a failed rendering")
            return
        }
        #expect(try await fixture.backend.takeDocument(token: token) == .refused(.used))
    }

    @Test func withoutAPublicAddressThereAreNoLinks() async throws {
        let fixture = try Fixture(publicBaseURL: nil)
        let (id, _, _) = try await DocumentTests.finished(fixture)
        #expect(try await fixture.backend.documentLinks(id).isEmpty)
    }

    @Test func linksAreOnlyForAFinishedProcedureAndLimited() async throws {
        let fixture = try Fixture(limits: EmbeddedLimits(documentLinkSetsPerApplication: 2))
        let unfinished = try await fixture.started(try fixture.person(withNSS: false).curp)
        await #expect(throws: BackendError.outOfOrder) { try await fixture.backend.documentLinks(unfinished) }
        await #expect(throws: BackendError.applicationNotFound) {
            try await fixture.backend.documentLinks(ApplicationID(rawValue: "no-such-application"))
        }
        let (id, _, _) = try await DocumentTests.finished(fixture)
        _ = try await fixture.backend.documentLinks(id)
        _ = try await fixture.backend.documentLinks(id)
        await #expect(throws: BackendError.tooManyAttempts(retryAfter: fixture.clock.now + 3600)) {
            try await fixture.backend.documentLinks(id)
        }
    }

    /// The code the wizard draws is the link, as an independent reader (zbarimg) reads it.
    @Test(.enabled(if: Tool.zbarimg.isInstalled, "zbarimg (zbar-tools) is not installed"))
    func theQRCodeReadsAsTheLink() async throws {
        let fixture = try Fixture(publicBaseURL: URL(string: "https://nss.imss-tepic.gob.mx"))
        let (id, _, _) = try await DocumentTests.finished(fixture)
        for link in try await fixture.backend.documentLinks(id) {
            #expect(link.code.width > 0)
            #expect(link.code.width <= 29, "an office address this long fits 80×24 (version 3 or less)")
            #expect(try await QRReader.read(QRReader.modules(bitRows: link.code.rows)) == link.url)
        }
    }

    @Test func purgeRemovesTheLinksWithTheirApplication() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let token = Self.token(of: try #require(try await fixture.backend.documentLinks(id).first))
        await fixture.backend.deliverPendingMail()
        fixture.clock.advance(by: 40 * 86_400)
        let report = try await fixture.backend.purge(before: fixture.clock.now - 30 * 86_400)
        #expect(report.applications == 1)
        #expect(try await fixture.backend.documentLink(token: token) == .unknown)
    }

    @Test func theAuditLogSaysLinksWereMadeAndADocumentTakenWithoutTheToken() async throws {
        let fixture = try Fixture()
        let (id, _, _) = try await DocumentTests.finished(fixture)
        let token = Self.token(of: try #require(try await fixture.backend.documentLinks(id).first))
        _ = try await fixture.backend.takeDocument(token: token)
        let events = try await fixture.backend.auditEvents()
        #expect(events.contains { $0.step == .phoneLinks && $0.outcome == "hecho" && $0.application == id.rawValue })
        #expect(events.contains { $0.step == .phoneDownload && $0.folio != nil })
        #expect(!events.contains { "\($0)".contains(token) })
    }
}

/// The documents' renderer, counting its renderings (or failing each, as cairo might).
final class CountingRenderer: DocumentRendering {
    let inner: any DocumentRendering
    let fails: Bool
    private let count = Mutex(0)

    init(_ inner: any DocumentRendering, fails: Bool = false) {
        self.inner = inner
        self.fails = fails
    }

    var renders: Int { count.withLock { $0 } }

    func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data {
        count.withLock { $0 += 1 }
        if fails { throw .rendering(reason: "a test's failure") }
        return try await inner.render(kind, record)
    }
}

import Documents
import Foundation
import NSSCore
@testable import Screens
import Terminal
import Testing
import TestSupport
import Wizard
import WizardFixtures

/// «Llevar a mi teléfono» on the documents screen: offered only where a phone can reach the links, one
/// document's code at a time, and a code that an independent reader (zbarimg) reads from the screen as
/// the terminal shows it.
@Suite(.serialized, .runsPrograms) struct PhoneLinksScreenTests {
    static let base = "https://nss.imss-tepic.gob.mx/d/"

    /// The links the office server would give, with real QR codes.
    static func links() throws -> [DocumentLink] {
        try [("constancia", "K7QW2M9XHRT4PZ8NCV3BJ6LS"), ("tarjeta", "Y5GD2FA8XQ7MWN3RT9KPHJ4C")].map { kind, token in
            let url = base + token
            let matrix = try QRMatrix(link: url)
            let rows = (0..<matrix.width).map { y in
                String((0..<matrix.width).map { x in matrix.isDark(x: x, y: y) ? "1" : "0" })
            }
            return DocumentLink(kind: DocumentKind(rawValue: kind)!, url: url, expiresAt: Fixtures.now + 600,
                                code: QRCodePicture(rows: rows))
        }
    }

    static func open() throws -> WizardState {
        var state = WizardState.at(.documents, ticket: Fixtures.linkedTicket)
        _ = state.reduce(.perform(.phoneLinks))
        state.answer(.documentLinks(try links()))
        return state
    }

    private func render(_ state: WizardState, colorMode: ColorMode = .monochrome, textMode: TextMode = .unicode,
                        isTestMode: Bool = true) async -> ScreenSnapshot {
        let app = TestApp.make(state, isTestMode: isTestMode)
        return await ScreenCapture.render(size: .standard, colorMode: colorMode, textMode: textMode) { app.draw(on: $0) }
    }

    /// The code's lines as the screen shows them: the body starts at row 4, column 1.
    static func code(in snapshot: ScreenSnapshot) -> [[Bool]] {
        QRReader.modules(halfBlockLines: Array(snapshot.lines[4..<21]), column: 1, width: 33)
    }

    @Test func theDocumentsScreenOffersThePhoneOnlyWhereAPhoneCanReachTheLinks() async {
        let without = await render(.at(.documents))
        #expect(!without.text.contains("Llevar a mi teléfono"))
        let with = await render(.at(.documents, ticket: Fixtures.linkedTicket))
        #expect(with.text.contains("Llevar a mi teléfono"))
        expectGolden(with, "09-documents-phone-mono")
    }

    @Test(.enabled(if: Tool.zbarimg.isInstalled, "zbarimg (zbar-tools) is not installed"),
          arguments: [ColorMode.monochrome, .xterm256, .ansi8])
    func eachDocumentsCodeReadsAsItsLinkFromTheScreen(colorMode: ColorMode) async throws {
        var state = try Self.open()
        let links = try Self.links()
        for link in links {
            let snapshot = await render(state, colorMode: colorMode)
            #expect(snapshot.text.contains(link.kind.title))
            #expect(snapshot.text.contains("una sola vez, hasta las"))
            #expect(snapshot.text.contains("MODO DE PRUEBA"), "the banner stays, beside the code")
            #expect(try await QRReader.read(Self.code(in: snapshot)) == link.url, "\(colorMode) \(link.kind)")
            _ = state.reduce(.perform(.nextPhoneLink))
        }
        #expect(state.phoneLinks?.shown == 0, "after the last document, the first again")
    }

    @Test func theLinksScreenAsItLooks() async throws {
        expectGolden(await render(try Self.open()), "09-phone-links-mono")
        expectGolden(await render(try Self.open(), colorMode: .xterm256), "09-phone-links-colour")
    }

    /// Where the code cannot be drawn, the address is there to be typed.
    @Test func anASCIITerminalShowsTheAddressInstead() async throws {
        let snapshot = await render(try Self.open(), textMode: .ascii)
        #expect(!snapshot.text.contains("▀") && !snapshot.text.contains("█"))
        #expect(snapshot.text.contains("no puede mostrar el codigo"))
        #expect(snapshot.text.contains(Self.base.replacingOccurrences(of: "https://", with: "")))
    }

    @Test func escapeClosesTheLinksAndTheFocusGoesBackToTheirButton() throws {
        var app = TestApp.make(try Self.open())
        app.hit(.escape)
        #expect(app.state.phoneLinks == nil)
        #expect(app.state.step == .documents)
        #expect(app.state.focus == .action(.phoneLinks))
    }
}

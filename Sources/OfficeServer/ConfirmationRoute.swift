import EmbeddedBackend
import HTTPTypes
import Hummingbird
import NSSCore

/// `GET /confirmar/<token>`: what the link of the confirmation email does when a phone opens it — the
/// email is confirmed, and the terminal waiting for it is woken at once — answered with a page that says
/// so, or why not. No credential: the token is the credential.
struct ConfirmationRoute: Sendable {
    let backend: EmbeddedBackend
    let changes: ChangeSignal

    static let path = "\(ConfirmationLink.pathSegment)/:token"
    /// Who opened a link, in the audit log: no terminal — the person, from wherever they read their email.
    static let auditName = "liga-del-correo"

    func answer(_ request: Request, context: some RequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        do {
            let opening = try await CallOrigin.$terminal.withValue(Self.auditName) { try await backend.open(link: token) }
            if case .confirmed = opening { changes.notify() }
            return Self.page(.after(opening, in: await catalogue(of: opening, request)), status: Self.status(of: opening))
        } catch let error as BackendError {
            return Self.page(.failure(reference: PhonePage.reference(of: error), in: requested(request)),
                             status: .serviceUnavailable)
        }
    }

    /// The page's language: its application's, or for a link that names none what the phone asks for.
    private func catalogue(of opening: LinkOpening, _ request: Request) async -> Catalogue {
        switch opening {
        case .confirmed(let id), .alreadyConfirmed(let id), .expired(let id), .replaced(let id), .curpHasAnotherEmail(let id):
            if let catalogue = await backend.catalogue(ofApplication: id) { return catalogue }
        case .unknown:
            break
        }
        return requested(request)
    }

    private func requested(_ request: Request) -> Catalogue {
        AcceptLanguage.preferred(request.headers[.acceptLanguage], among: backend.offeredCatalogues)
    }

    static func status(of opening: LinkOpening) -> HTTPResponse.Status {
        switch opening {
        case .confirmed, .alreadyConfirmed: .ok
        case .expired, .replaced: .gone
        case .curpHasAnotherEmail: .conflict
        case .unknown: .notFound
        }
    }

    static func page(_ page: ConfirmationPage, status: HTTPResponse.Status) -> Response {
        PhonePage.response(page.html, status: status)
    }
}

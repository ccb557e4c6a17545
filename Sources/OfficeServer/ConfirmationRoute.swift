import EmbeddedBackend
import HTTPTypes
import Hummingbird
import NSSCore

/// The confirmation link of the email, as a phone opens it: `GET /confirmar/<token>` answers a page with
/// a button, or why the link no longer works, and changes nothing; the button, `POST` to the same
/// address, confirms the email and wakes the terminal waiting for it at once, and answers a page that
/// says so (`HEAD` is the `GET` without its page). No credential: the token is the credential.
struct ConfirmationRoute: Sendable {
    let backend: EmbeddedBackend
    let changes: ChangeSignal

    static let path = "\(ConfirmationLink.pathSegment)/:token"
    /// Who opened a link, in the audit log: no terminal — the person, from wherever they read their email.
    static let auditName = "liga-del-correo"

    /// `GET`: the button while the link works, else the outcome it already has.
    func page(_ request: Request, context: some RequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        do {
            switch try await backend.readiness(ofLink: token) {
            case .ready(let id):
                let catalogue = await backend.catalogue(ofApplication: id) ?? requested(request)
                return PhonePage.response(ConfirmationQuestionPage.page(in: catalogue).html, status: .ok)
            case .settled(let opening):
                return Self.page(.after(opening, in: await catalogue(of: opening, request)), status: Self.status(of: opening))
            }
        } catch let error as BackendError {
            return Self.page(.failure(reference: PhonePage.reference(of: error), in: requested(request)),
                             status: .serviceUnavailable)
        }
    }

    /// `POST`, the page's button: confirms.
    func confirm(_ request: Request, context: some RequestContext) async throws -> Response {
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

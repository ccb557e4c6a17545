import EmbeddedBackend
import HTTPTypes
import Hummingbird
import NSSCore

/// `GET /d/<token>`: the page of a document's one-time link, read from the QR code on the documents
/// screen; `POST /d/<token>`: its button, which answers the signed PDF and spends the link; `HEAD` answers
/// what `GET` would, without the page (a messenger's link preview asks so). No credential: the token is the
/// credential.
struct DocumentLinkRoute: Sendable {
    let backend: EmbeddedBackend

    static let path = "\(DocumentLinkAddress.pathSegment)/:token"
    /// Who took a document, in the audit log: the person's phone.
    static let auditName = "telefono"

    func page(_ request: Request, context: some RequestContext) async throws -> Response {
        let token = Self.token(context)
        let catalogue = await catalogue(token, request)
        do {
            let state = try await backend.documentLink(token: token)
            return PhonePage.response(DocumentLinkPage.page(state, in: catalogue).html, status: Self.status(of: state))
        } catch let error as BackendError {
            return Self.failure(error, in: catalogue)
        }
    }

    func take(_ request: Request, context: some RequestContext) async throws -> Response {
        let token = Self.token(context)
        do {
            let taking = try await CallOrigin.$terminal.withValue(Self.auditName) { try await backend.takeDocument(token: token) }
            switch taking {
            case .document(_, let fileName, let pdf):
                return Response(status: .ok, headers: [
                    .contentType: "application/pdf",
                    .contentDisposition: "attachment; filename=\"\(fileName)\"",
                    .cacheControl: "no-store",
                    HTTPField.Name("Referrer-Policy")!: "no-referrer",
                    HTTPField.Name("X-Content-Type-Options")!: "nosniff",
                ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf)))
            case .refused(let state):
                return PhonePage.response(DocumentLinkPage.page(state, in: await catalogue(token, request)).html,
                                          status: Self.status(of: state))
            }
        } catch let error as BackendError {
            return Self.failure(error, in: await catalogue(token, request))
        }
    }

    /// The token of the address, in capitals: a person who types the address shown on an ASCII terminal, or
    /// read aloud in the line mode, into a phone gets small letters from its keyboard; the tokens' alphabet
    /// has capitals only, so nothing of their randomness is lost.
    static func token(_ context: some RequestContext) -> String {
        (context.parameters.get("token") ?? "").uppercased()
    }

    static func status(of state: DocumentLinkState) -> HTTPResponse.Status {
        switch state {
        case .ready: .ok
        case .used, .expired: .gone
        case .unknown: .notFound
        }
    }

    private static func failure(_ error: BackendError, in catalogue: Catalogue) -> Response {
        PhonePage.response(DocumentLinkPage.failure(reference: PhonePage.reference(of: error), in: catalogue).html,
                           status: .serviceUnavailable)
    }

    /// The page's language: the application's of the link, or for a token that names none what the phone
    /// asks for.
    private func catalogue(_ token: String, _ request: Request) async -> Catalogue {
        if let catalogue = await backend.catalogue(ofDocumentLink: token) { return catalogue }
        return AcceptLanguage.preferred(request.headers[.acceptLanguage], among: backend.offeredCatalogues)
    }
}

import Foundation
import NSSCore

extension EmbeddedBackend {
    /// On the office server, a call acts on an application (or its documents) only when it comes with the
    /// credential that opened it: an application id seen elsewhere (an audit log, a log line, another
    /// terminal's screen) opens nothing. Any other is `.applicationNotFound`, as if there were none. Calls
    /// without a credential (the wizard's own service, the staff tools on the store's machine) are the
    /// store's own and always admitted.
    public func admit(_ subject: CallSubject) async throws {
        guard let credential = CallOrigin.credential else { return }
        let caller = configuration.opener(credential)
        func owns(_ owner: ApplicationTable.Opener) -> Bool { owner.account == caller?.account && owner.host == caller?.host }
        if case .application(let id) = subject, let known = knownOwners.owner(of: id.rawValue) {
            guard owns(known) else { throw refusal(credential) }
            return
        }
        let owner = try await shielded("admit") {
            try await database.read { db -> (application: String, opener: ApplicationTable.Opener)? in
                let applicationID: String? = switch subject {
                case .application(let id): id.rawValue
                case .document(let id): try Self.parse(id).flatMap { try ApplicationTable.id(folio: $0.folio.value, db) }
                }
                guard let applicationID, let opener = try ApplicationTable.find(applicationID, db)?.opener else { return nil }
                return (applicationID, opener)
            }
        }
        guard let owner else { throw refusal(credential) }
        knownOwners.remember(owner.opener, of: owner.application)
        guard owns(owner.opener) else { throw refusal(credential) }
    }

    private func refusal(_ credential: CallOrigin.Credential) -> BackendError {
        logger.info("refused", metadata: ["reason": "another-terminals-application", "terminal": "\(credential.name)"])
        return BackendError.applicationNotFound
    }
}

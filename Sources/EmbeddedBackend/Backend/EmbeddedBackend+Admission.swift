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
        let admitted = try await shielded("admit") {
            try await database.read { db -> Bool in
                let applicationID: String? = switch subject {
                case .application(let id): id.rawValue
                case .document(let id): try Self.parse(id).flatMap { try ApplicationTable.id(folio: $0.folio.value, db) }
                }
                guard let applicationID, let owner = try ApplicationTable.find(applicationID, db)?.opener else { return false }
                return owner.account == caller?.account && owner.host == caller?.host
            }
        }
        guard admitted else {
            logger.info("refused", metadata: ["reason": "another-terminals-application", "terminal": "\(credential.name)"])
            throw BackendError.applicationNotFound
        }
    }
}

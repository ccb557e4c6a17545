import Foundation
import GRDB

/// A fresh link token and code for one application's confirmation email: created in memory, stored as
/// digests, and sent in clear only in the email.
struct ConfirmationSecrets {
    let applicationID: String
    let token: String
    let code: String
    let link: URL?
    let issuedAt: Date
    let expiresAt: Date
    let codeAttempts: Int

    init(applicationID: String, configuration: EmbeddedConfiguration, now: Date) {
        self.applicationID = applicationID
        let token = LinkToken.generate()
        self.token = token
        code = ConfirmationCode.generate()
        link = configuration.publicBaseURL.map { LinkToken.link(base: $0, token: token) }
        issuedAt = now
        expiresAt = now.addingTimeInterval(configuration.limits.confirmationLifetime)
        codeAttempts = configuration.limits.codeAttempts
    }

    /// Stores the digests, superseding the application's earlier secrets.
    func store(_ db: Database) throws {
        try ConfirmationSecretTable.issue(
            applicationID: applicationID, tokenDigest: LinkToken.digest(token),
            codeDigest: ConfirmationCode.digest(code, application: applicationID), at: issuedAt,
            expiresAt: expiresAt, codeAttempts: codeAttempts, carriesLink: link != nil, db)
    }
}

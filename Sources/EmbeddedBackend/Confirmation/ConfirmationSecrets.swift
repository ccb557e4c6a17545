import Foundation
import NSSCore

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

    /// Stores the digests, superseding the application's earlier secrets, and enqueues the email that
    /// carries them to `email`, written in the language of `catalogue` (an earlier one still pending is not
    /// sent: its code no longer works), held by `claim` for delivery right after the transaction.
    /// `replacing`: an earlier email of the application exists, whose pair and pending sending it
    /// replaces (a new application has none: two statements fewer).
    func store(email: String, sender: String, in catalogue: Catalogue, claim: MailJobTable.Claim, replacing: Bool,
               _ db: SQLTransaction) throws -> MailJobTable.Job {
        try ConfirmationSecretTable.issue(
            applicationID: applicationID, tokenDigest: LinkToken.digest(token),
            codeDigest: ConfirmationCode.digest(code, application: applicationID), at: issuedAt,
            expiresAt: expiresAt, codeAttempts: codeAttempts, carriesLink: link != nil, supersedes: replacing, db)
        if replacing { try MailJobTable.cancelPendingConfirmations(applicationID: applicationID, db) }
        // The message names its job's key (its Message-ID): the key is chosen first, and both stored at once.
        let key = MailJobTable.newDeliveryKey()
        var message = ConfirmationEmail.message(to: email, from: sender, applicationID: applicationID, link: link,
                                                code: code, expiresAt: expiresAt, now: issuedAt, in: catalogue)
        message.messageID = MailJobTable.messageID(key: key, sender: sender)
        return try MailJobTable.enqueue(.confirmation, applicationID: applicationID, deliveryKey: key,
                                        message: message.rendered(), claim: claim, at: issuedAt, db)
    }
}

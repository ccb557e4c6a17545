import Foundation
import NSSCore

/// Going on with an application after a dropped connection, a closed window or a crash.
///
/// Who may: the Unix account that submitted it, on the same host — whatever its terminal now (an SSH
/// reconnection gets another pts, and a pts number is soon someone else's). A kiosk's applications are
/// never offered. Until when: while its latest confirmation email's link and code live. Not after the
/// person left it on purpose (`ApplicationProgress.left`).
extension EmbeddedBackend {
    /// How long an expired application is still mentioned (counted, not offered) by `openApplications`.
    static let expiredMentionWindow: TimeInterval = 24 * 3600
    /// The most applications offered at once.
    static let openApplicationsShown = 20

    public func openApplications() async throws -> OpenApplications {
        try await shielded("openApplications") {
            guard let opener = configuration.resumer(CallOrigin.credential) else { return OpenApplications(applications: [], expired: 0) }
            let now = self.now
            let since = now.addingTimeInterval(-(Self.expiredMentionWindow + configuration.limits.confirmationLifetime))
            return try await database.read { db in
                var open: [OpenApplication] = []
                var expired = 0
                for id in try ApplicationTable.openedBy(account: opener.account, host: opener.host, since: since, db) {
                    guard let application = try ApplicationTable.find(id, db),
                          let secret = try ConfirmationSecretTable.current(applicationID: id, db) else { continue }
                    guard now < secret.expiresAt else {
                        if now.timeIntervalSince(secret.expiresAt) < Self.expiredMentionWindow { expired += 1 }
                        continue
                    }
                    open.append(OpenApplication(
                        id: ApplicationID(rawValue: id), maskedCURP: Self.maskedCURP(application.curp),
                        maskedEmail: (try? EmailAddress(application.email).masked) ?? "—",
                        folio: application.result?.folio, stage: Self.stage(of: application),
                        resumableUntil: secret.expiresAt, lastActivity: application.lastActivity))
                }
                open.sort { $0.lastActivity > $1.lastActivity }
                return OpenApplications(applications: Array(open.prefix(Self.openApplicationsShown)), expired: expired)
            }
        }
    }

    public func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication {
        try await shielded("resumeApplication") {
            let now = self.now
            let terminal = CallOrigin.terminal ?? configuration.terminal
            let opener = configuration.resumer(CallOrigin.credential)
            let outcome: Result<ResumedApplication, BackendError> =
                try await database.write(audited(.resume, application: id.rawValue, folio: { $0.result?.folio.value }) { db in
                guard let opener, let application = try ApplicationTable.find(id.rawValue, db),
                      application.opener?.account == opener.account, application.opener?.host == opener.host,
                      !application.left else { return .failure(.applicationNotFound) }
                guard let secret = try ConfirmationSecretTable.current(applicationID: id.rawValue, db),
                      now < secret.expiresAt else { return .failure(.confirmationExpired) }
                let stage = Self.stage(of: application)
                var person: PersonRecord?
                if application.started {
                    guard let registered = try RegistryTable.person(curp: application.curp, db) else {
                        return .failure(.curpNotInRegistry)
                    }
                    person = registered
                }
                let confirmation = try MailJobTable.latest(.confirmation, applicationID: id.rawValue, db)
                let resultMail = try MailJobTable.latest(.result, applicationID: id.rawValue, db)
                try ApplicationTable.moveTerminal(of: id.rawValue, to: terminal, db)
                let ticket = ApplicationTicket(
                    id: id, maskedEmail: try EmailAddress(application.email).masked, expiresAt: secret.expiresAt,
                    carriesLink: secret.carriesLink, emailDelivered: confirmation?.done ?? true)
                return .success(ResumedApplication(ticket: ticket, stage: stage, person: person, result: application.result,
                                                   resultEmailSent: application.result != nil && (resultMail?.done ?? true)))
            })
            try report(outcome.map { _ in }, event: "application resumed", application: id.rawValue)
            return try outcome.get()
        }
    }

    public func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws {
        try await shielded("recordProgress") {
            let now = self.now
            let opener = configuration.opener(CallOrigin.credential)
            let found = try await database.write { db -> Bool in
                // Only the account that opened an application (or took it up) speaks for it; a kiosk's has none.
                guard let application = try ApplicationTable.find(id.rawValue, db),
                      application.opener == nil
                        || (application.opener?.account == opener?.account && application.opener?.host == opener?.host)
                else { return false }
                try ApplicationTable.record(progress, for: id.rawValue, at: now, db)
                return true
            }
            guard found else { throw BackendError.applicationNotFound }
            logger.debug("progress recorded", metadata: ["application": "\(id.rawValue)", "progress": "\(progress.rawValue)"])
        }
    }

    /// Where the application stopped: the backend's own steps, and the screens without a call it was told of.
    static func stage(of application: ApplicationTable.Entry) -> ProcedureStage {
        if application.result != nil { return application.progress == .documents ? .documents : .result }
        if application.started { return application.progress == .finishProcedure ? .finishProcedure : .startProcedure }
        return application.confirmed ? .confirmed : .waitingForConfirmation
    }

    /// A stored CURP masked for a list (`CURP.masked`); a stored value that is somehow not a CURP shows nothing of itself.
    static func maskedCURP(_ stored: String) -> String {
        (try? CURP(stored))?.masked ?? String(repeating: "*", count: 18)
    }
}

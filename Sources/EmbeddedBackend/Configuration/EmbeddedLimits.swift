import Foundation

/// Lifetimes and attempt limits of the embedded service, with the defaults of a public kiosk.
public struct EmbeddedLimits: Sendable, Hashable {
    /// How long a captcha image can be answered.
    public var captchaLifetime: TimeInterval
    /// How long the link and the code of a confirmation email work.
    public var confirmationLifetime: TimeInterval
    /// Wrong codes accepted before the code of an email stops working.
    public var codeAttempts: Int
    /// Applications accepted for one CURP within `submitWindow`.
    public var submitsPerCURP: Int
    public var submitWindow: TimeInterval
    /// Wrong captcha answers accepted for one CURP within `wrongCaptchaWindow`.
    public var wrongCaptchasPerCURP: Int
    public var wrongCaptchaWindow: TimeInterval
    /// Confirmation emails re-sent for one application within `resendWindow`.
    public var resendsPerApplication: Int
    public var resendWindow: TimeInterval
    /// Copies of the documents emailed for one application ("Enviar copia a mi correo") within
    /// `documentEmailWindow`.
    public var documentEmailsPerApplication: Int
    public var documentEmailWindow: TimeInterval
    /// Sets of links to the documents («Llevar a mi teléfono») made for one application within
    /// `documentLinkWindow`, and how long each link works.
    public var documentLinkSetsPerApplication: Int
    public var documentLinkWindow: TimeInterval
    public var documentLinkLifetime: TimeInterval
    /// The wait before the first retry of an email that could not be delivered; it doubles with each
    /// attempt up to `mailRetryCap`.
    public var mailRetryDelay: TimeInterval
    public var mailRetryCap: TimeInterval
    /// How long a process may take to deliver a job it claimed before another process may take it over
    /// (sooner when the claiming process is seen gone on this host).
    public var mailClaimLease: TimeInterval
    /// How long a running backend waits between looks for email left by other processes.
    public var mailPollInterval: TimeInterval
    /// How long screen 8 may wait for the result email being written before saying it will arrive later.
    public var resultEmailWait: TimeInterval

    public init(
        captchaLifetime: TimeInterval = 5 * 60,
        confirmationLifetime: TimeInterval = 30 * 60,
        codeAttempts: Int = 5,
        submitsPerCURP: Int = 5,
        submitWindow: TimeInterval = 60 * 60,
        wrongCaptchasPerCURP: Int = 5,
        wrongCaptchaWindow: TimeInterval = 10 * 60,
        resendsPerApplication: Int = 5,
        resendWindow: TimeInterval = 60 * 60,
        documentEmailsPerApplication: Int = 5,
        documentEmailWindow: TimeInterval = 60 * 60,
        documentLinkSetsPerApplication: Int = 10,
        documentLinkWindow: TimeInterval = 60 * 60,
        documentLinkLifetime: TimeInterval = 10 * 60,
        mailRetryDelay: TimeInterval = 5,
        mailRetryCap: TimeInterval = 10 * 60,
        mailClaimLease: TimeInterval = 5 * 60,
        mailPollInterval: TimeInterval = 30,
        resultEmailWait: TimeInterval = 5
    ) {
        self.captchaLifetime = captchaLifetime
        self.confirmationLifetime = confirmationLifetime
        self.codeAttempts = codeAttempts
        self.submitsPerCURP = submitsPerCURP
        self.submitWindow = submitWindow
        self.wrongCaptchasPerCURP = wrongCaptchasPerCURP
        self.wrongCaptchaWindow = wrongCaptchaWindow
        self.resendsPerApplication = resendsPerApplication
        self.resendWindow = resendWindow
        self.documentEmailsPerApplication = documentEmailsPerApplication
        self.documentEmailWindow = documentEmailWindow
        self.documentLinkSetsPerApplication = documentLinkSetsPerApplication
        self.documentLinkWindow = documentLinkWindow
        self.documentLinkLifetime = documentLinkLifetime
        self.mailRetryDelay = mailRetryDelay
        self.mailRetryCap = mailRetryCap
        self.mailClaimLease = mailClaimLease
        self.mailPollInterval = mailPollInterval
        self.resultEmailWait = resultEmailWait
    }
}

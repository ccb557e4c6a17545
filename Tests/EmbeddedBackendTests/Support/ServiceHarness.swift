import BackendContract
import BackendService
import EmbeddedBackend
import Foundation
import NSSCore

/// The embedded backend behind the wizard's process boundary: calls go through `ServiceClient` to a real
/// `nss-kiosk-backend serve` on a fresh data directory; what a person reads (captcha, email, link) is
/// read from that directory through an embedded backend of this process, as the embedded harness does.
struct ServiceHarness: ContractHarness {
    func makeBackend() async throws -> ServedBackend {
        let fixture = try Fixture()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", fixture.backend.configuration.dataDirectory.path,
            "--captcha-test-answer", Fixture.captchaAnswer, "--public-url", "https://kiosco.example.mx",
        ]))
        try await client.start()
        return ServedBackend(client: client, local: fixture.backend)
    }

    func curpWithNSS(in backend: ServedBackend) async throws -> CURP {
        try await EmbeddedHarness().curpWithNSS(in: backend.local)
    }

    func curpWithoutNSS(in backend: ServedBackend) async throws -> CURP {
        try await EmbeddedHarness().curpWithoutNSS(in: backend.local)
    }

    func captchaAnswer(for challenge: CaptchaChallenge, in backend: ServedBackend) async throws -> String {
        Fixture.captchaAnswer
    }

    func confirmationCode(for ticket: ApplicationTicket, in backend: ServedBackend) async throws -> String {
        try await EmbeddedHarness().confirmationCode(for: ticket, in: backend.local)
    }

    func confirmationLink(for ticket: ApplicationTicket, in backend: ServedBackend) async throws -> String? {
        try await EmbeddedHarness().confirmationLink(for: ticket, in: backend.local)
    }

    func open(link: String, in backend: ServedBackend) async throws {
        try await backend.local.openLink(token: link)
    }
}

/// The service's client, with the same data directory open in this process for the harness.
struct ServedBackend: NSSBackend {
    let client: ServiceClient
    let local: EmbeddedBackend
    private var remote: RemoteBackend<ServiceClient> { RemoteBackend(client) }

    func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge { try await remote.newCaptcha(request) }
    func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket { try await remote.submit(request) }
    func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus {
        try await remote.confirmationStatus(id)
    }
    func confirm(_ id: ApplicationID, code: String) async throws { try await remote.confirm(id, code: code) }
    func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket {
        try await remote.resendConfirmation(id)
    }
    func startProcedure(_ id: ApplicationID) async throws -> PersonRecord { try await remote.startProcedure(id) }
    func finishProcedure(_ id: ApplicationID) async throws -> NSSResult { try await remote.finishProcedure(id) }
    func resultEmailSent(_ id: ApplicationID) async throws -> Bool { try await remote.resultEmailSent(id) }
    func documents(_ id: ApplicationID) async throws -> [DocumentInfo] { try await remote.documents(id) }
    func document(_ id: DocumentID) async throws -> Data { try await remote.document(id) }
    func emailDocuments(_ id: ApplicationID) async throws -> Bool { try await remote.emailDocuments(id) }
    func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink] { try await remote.documentLinks(id) }
    func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch] { try await remote.lookupCURP(query) }
    func openApplications() async throws -> OpenApplications { try await remote.openApplications() }
    func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication { try await remote.resumeApplication(id) }
    func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws {
        try await remote.recordProgress(id, progress)
    }
}

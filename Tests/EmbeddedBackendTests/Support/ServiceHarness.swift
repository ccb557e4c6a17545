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
typealias ServedBackend = RemoteBackend<HarnessTransport<ServiceClient, EmbeddedBackend>>

extension RemoteBackend where Transport == HarnessTransport<ServiceClient, EmbeddedBackend> {
    init(client: ServiceClient, local: EmbeddedBackend) { self.init(HarnessTransport(client, beside: local)) }
    var client: ServiceClient { transport.transport }
    var local: EmbeddedBackend { transport.beside }
}

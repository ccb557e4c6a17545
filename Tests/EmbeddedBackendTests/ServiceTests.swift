import BackendContract
import BackendService
import Foundation
import NSSCore
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The wizard's view of the backend: `ServiceClient` and a real `nss-kiosk-backend serve`.
@Suite(.runsPrograms) struct ServiceTests {
    @Test(arguments: BackendContract.cases)
    func theServiceMeetsTheContract(_ rule: ContractCase) async throws {
        try await rule.run(with: ServiceHarness())
    }

    @Test func aServiceThatCannotOpenItsDataSaysWhyInSpanish() throws {
        let folder = TemporaryDirectory.make()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", folder.path, "--captcha-test-answer", "AbDeF", "--production",
        ]))
        #expect(throws: ServiceClient.StartFailure.self) { try client.start() }
        do {
            try client.start()
        } catch {
            #expect(error.message.contains("producción"))
        }
        #expect(client.processID == nil)
    }

    @Test func aMissingServiceProgramIsNamedWithItsFolder() {
        let client = ServiceClient(launch: .init(executable: URL(fileURLWithPath: "/nonexistent/nss-kiosk-backend"),
                                                 arguments: ["serve"]))
        #expect(throws: ServiceClient.StartFailure(message: "Falta el programa nss-kiosk-backend en /nonexistent.")) {
            try client.start()
        }
    }

    /// Ctrl-C, Ctrl-Z and a hang-up at the terminal go to the terminal's process group: the service is
    /// in a group of its own, so it lives on to finish the person's procedure and email.
    @Test func theServiceRunsInAProcessGroupOfItsOwn() async throws {
        let served = try await served()
        let pid = try #require(served.client.processID)
        #expect(getpgid(pid) == pid)
        #expect(getpgid(pid) != getpgrp())
    }

    @Test func aServiceThatDiesIsReplacedByTheNextCall() async throws {
        let served = try await served()
        _ = try await served.client.newCaptcha()
        let first = try #require(served.client.processID)
        kill(first, SIGKILL)
        // Until its end is noticed a call may fail as unreachable; soon a new service answers.
        var answered = false
        for _ in 0..<50 where !answered {
            do {
                _ = try await served.client.newCaptcha()
                answered = true
            } catch BackendError.unreachable {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(answered)
        #expect(served.client.processID != nil && served.client.processID != first)
    }

    @Test func stopWaitsForTheServiceToExit() async throws {
        let served = try await served()
        let pid = try #require(served.client.processID)
        await served.client.stop()
        #expect(served.client.processID == nil)
        #expect(kill(pid, 0) != 0)   // reaped: no such process any more
    }

    private func served() async throws -> ServedBackend {
        let fixture = try Fixture()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", fixture.backend.configuration.dataDirectory.path, "--captcha-test-answer", Fixture.captchaAnswer,
        ]))
        try await client.start()
        return ServedBackend(client: client, local: fixture.backend)
    }
}

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

    @Test func aServiceThatCannotOpenItsDataSaysWhyInSpanish() async throws {
        let folder = TemporaryDirectory.make()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", folder.path, "--captcha-test-answer", "AbDeF", "--production",
        ]))
        await #expect(throws: ServiceClient.StartFailure.self) { try await client.start() }
        do {
            try await client.start()
        } catch {
            #expect(error.message.contains("producción"))
        }
        #expect(client.processID == nil)
    }

    @Test func aMissingServiceProgramIsNamedWithItsFolder() async {
        let client = ServiceClient(launch: .init(executable: URL(fileURLWithPath: "/nonexistent/nss-kiosk-backend"),
                                                 arguments: ["serve"]))
        await #expect(throws: ServiceClient.StartFailure(message: "Falta el programa nss-kiosk-backend en /nonexistent.")) {
            try await client.start()
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
        _ = try await served.newCaptcha()
        let first = try #require(served.client.processID)
        kill(first, SIGKILL)
        // Until its end is noticed a call may fail as unreachable; soon a new service answers.
        var answered = false
        for _ in 0..<50 where !answered {
            do {
                _ = try await served.newCaptcha()
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

    /// A service that stops answering (here: stopped with SIGSTOP) fails the call in time, as
    /// unreachable, instead of leaving the person on «Un momento…» for ever; it is ended, and the next
    /// call is answered by a new service.
    @Test func aCallTheServiceDoesNotAnswerFailsAtItsDeadlineAndTheNextIsAnswered() async throws {
        let served = try await served(callTimeout: .milliseconds(800))
        _ = try await served.newCaptcha()
        let stopped = try #require(served.client.processID)
        kill(stopped, SIGSTOP)
        defer { kill(stopped, SIGKILL) }
        try await Self.waitUntilStopped(stopped)
        await #expect(throws: BackendError.unreachable) { try await served.newCaptcha() }
        var answered = false
        for _ in 0..<50 where !answered {
            if (try? await served.newCaptcha()) != nil { answered = true } else { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answered, "a new service answers")
        #expect(served.client.processID != stopped)
    }

    /// Leaving the wizard (F10) never waits on a service that stopped answering: `stop` ends it.
    @Test func stoppingAServiceThatDoesNotAnswerEndsIt() async throws {
        let served = try await served(stopTimeout: .milliseconds(300))
        _ = try await served.newCaptcha()
        let stopped = try #require(served.client.processID)
        kill(stopped, SIGSTOP)
        try await Self.waitUntilStopped(stopped)
        await served.client.stop()
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(stopped, 0) != 0
            if !gone { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(gone, "the stopped service was ended")
    }

    /// Waits until every thread of process `id` has stopped (its state in /proc is «T»).
    static func waitUntilStopped(_ id: Int32) async throws {
        for _ in 0..<200 {
            let stat = (try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8)) ?? ""
            if let end = stat.lastIndex(of: ")"), stat[stat.index(end, offsetBy: 2)] == "T" { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        Issue.record("process \(id) did not stop")
    }

    private func served(callTimeout: Duration = .seconds(15), stopTimeout: Duration = .seconds(2)) async throws -> ServedBackend {
        let fixture = try Fixture()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", fixture.backend.configuration.dataDirectory.path, "--captcha-test-answer", Fixture.captchaAnswer,
        ]), callTimeout: callTimeout, stopTimeout: stopTimeout)
        try await client.start()
        return ServedBackend(client: client, local: fixture.backend)
    }
}

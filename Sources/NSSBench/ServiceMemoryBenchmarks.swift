import BackendService
import EmbeddedBackend
import Foundation
import Logging
import NSSCore

/// The memory of `nss-kiosk-backend serve`, the process that lives as long as a kiosk's wizard: its
/// resident size after starting, after 10,000 captchas and after 1,000 whole applications, all through
/// the wizard's own client. A service that keeps something of every call grows without end.
enum ServiceMemoryBenchmarks {
    static func growth(captchas: Int = 10_000, applications: Int = 1_000) async throws -> [Report] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let client = ServiceClient(launch: .besideThisProgram(arguments: ["--data", dir.path, "--captcha-test-answer", "AbDeF"]))
        try await client.start()
        guard let pid = client.processID else { throw BenchmarkFailure("the service did not start") }
        var quiet = Logger(label: "nss-bench")
        quiet.logLevel = .critical
        let local = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: dir, captchaTestAnswer: "AbDeF"),
                                        logger: quiet)
        let people = try local.listRegistry(limit: 600)
        let inbox = OutboxIndex(maildir: local.maildir!)

        _ = try await client.newCaptcha()
        let started = residentMB(pid)
        for _ in 0..<captchas { _ = try await client.newCaptcha() }
        let afterCaptchas = residentMB(pid)
        for index in 0..<applications {
            let person = people[index % people.count]
            let captcha = try await client.newCaptcha()
            let ticket = try await client.submit(ApplicationRequest(
                curp: person.curp, email: try EmailAddress("bench\(index)@example.com"), captchaID: captcha.id,
                captchaAnswer: "AbDeF"))
            guard let code = try inbox.confirmationCode(for: ticket.id) else { continue }
            do {
                try await client.confirm(ticket.id, code: code)
            } catch BackendError.curpHasAnotherEmail {
                continue   // the registry's 600 people come round again: their first address stays theirs
            }
            _ = try await client.startProcedure(ticket.id)
            _ = try await client.finishProcedure(ticket.id)
        }
        let afterApplications = residentMB(pid)
        await client.stop()
        let growth = afterApplications - started
        return [
            Report(name: "nss-kiosk-backend serve: memoria al empezar", value: started, unit: "MB", target: "—", met: true),
            Report(name: "  tras \(captchas) captchas", value: afterCaptchas, unit: "MB", target: "—", met: true),
            Report(name: "  tras \(applications) solicitudes completas más (crecimiento total)", value: growth, unit: "MB",
                   target: "< 5 MB", met: growth < 5),
        ]
    }

    /// VmRSS of process `pid`, in MB.
    private static func residentMB(_ pid: Int32) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
}

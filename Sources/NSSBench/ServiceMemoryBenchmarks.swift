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
        let service = ServiceClient(launch: .besideThisProgram(arguments: ["--data", dir.path, "--captcha-test-answer", "AbDeF"]))
        try await service.start()
        let client = RemoteBackend(service)
        guard let pid = service.processID else { throw BenchmarkFailure("the service did not start") }
        var quiet = Logger(label: "nss-bench")
        quiet.logLevel = .critical
        let local = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: dir, captchaTestAnswer: "AbDeF"),
                                        logger: quiet)
        let people = try local.listRegistry(limit: 600)
        let inbox = OutboxIndex(maildir: local.maildir!)

        _ = try await client.newCaptcha()
        let started = Resident(pid)
        for _ in 0..<captchas { _ = try await client.newCaptcha() }
        let afterCaptchas = Resident(pid)
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
        let afterApplications = Resident(pid)
        await service.stop()
        let heapGrowth = afterApplications.anonymous - started.anonymous
        return [
            Report(name: "nss-kiosk-backend serve: memoria al empezar (\(started.split))",
                   value: started.total, unit: "MB", target: "—", met: true),
            Report(name: "  tras \(captchas) captchas (\(afterCaptchas.split))", value: afterCaptchas.total, unit: "MB", target: "—", met: true),
            Report(name: "  tras \(applications) solicitudes completas más (\(afterApplications.split))", value: afterApplications.total, unit: "MB",
                   target: "—", met: true),
            Report(name: "  crecimiento de la memoria propia (RssAnon) en todo el recorrido", value: heapGrowth, unit: "MB",
                   target: "< 5 MB", met: heapGrowth < 5),
        ]
    }

    /// A process's resident memory, split the way that tells a leak from first use: pages of the program and
    /// its libraries (RssFile: read from disk once when first run, shared, dropped by the kernel under
    /// pressure) and the process's own memory (RssAnon: heap and stacks, which a leak makes grow).
    private struct Resident {
        let total: Double, file: Double, anonymous: Double

        init(_ pid: Int32) {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            func megabytes(_ field: String) -> Double {
                let line = status.split(separator: "\n").first { $0.hasPrefix(field) } ?? ""
                return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
            }
            total = megabytes("VmRSS:")
            file = megabytes("RssFile:")
            anonymous = megabytes("RssAnon:")
        }

        var split: String { String(format: "%.1f del programa + %.1f propia", file, anonymous) }
    }
}

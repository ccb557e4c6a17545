import EmbeddedBackend
import Foundation
import Logging
import NSSCore
import ProcessKit

/// The store in PostgreSQL beside SQLite: the whole application's median on each, and the applications
/// per second that two processes finish together on one store (the office servers' case), with the
/// PostgreSQL writers serialized by the advisory lock and by SERIALIZABLE with retries. Needs the
/// cluster of scripts/with-postgresql (`NSS_TEST_POSTGRESQL`); `make bench` starts one.
enum StoreBenchmarks {
    static let applicationsPerProcess = 100

    /// The cluster's address, if the benchmarks run beside one.
    static var cluster: PostgresLocation? {
        ProcessInfo.processInfo.environment["NSS_TEST_POSTGRESQL"].flatMap(PostgresLocation.init)
    }

    /// A new database on the cluster (the benchmarks leave theirs: the cluster is thrown away).
    static func database(_ cluster: PostgresLocation) async throws -> PostgresLocation {
        var location = cluster
        location.database = "nss_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let psql = ["-X", "-q", "-d", cluster.url, "-c", "CREATE DATABASE \(location.database)"]
        let outcome = try await ProgramRun("/usr/bin/psql", psql, deadline: .seconds(30)).run()
        guard outcome.succeeded else { throw BenchFailure("CREATE DATABASE: \(outcome.errorText)") }
        return location
    }

    /// Prints each row as soon as it is measured.
    static func run(_ print: (Report) -> Void) async throws {
        guard let cluster else { return }
        print(try await ApplicationBenchmarks.wholeApplication(postgres: try await database(cluster), label: " en PostgreSQL"))
        print(Report(name: "  de ella, Paso 2 en PostgreSQL", value: ApplicationBenchmarks.lastFinishingMedian,
                     unit: "ms", target: "—", met: true))
        for (label, store) in [("SQLite", nil as String?), ("PostgreSQL, candado de escritura", "lock"),
                               ("PostgreSQL, SERIALIZABLE con reintentos", "serializable")] {
            var location: PostgresLocation?
            if store != nil { location = try await database(cluster) }
            print(try await twoProcesses(label, postgres: location, serialization: store ?? "lock"))
        }
    }

    /// Two `nss-bench store-worker` processes on one store, started together once both are ready.
    static func twoProcesses(_ label: String, postgres: PostgresLocation?, serialization: String) async throws -> Report {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nss-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let start = Date().timeIntervalSince1970 + 8
        let me = CommandLine.arguments[0]
        let outcomes = try await withThrowingTaskGroup(of: ProgramOutcome.self) { group in
            for index in 0..<2 {
                // SQLite: one data directory for both. PostgreSQL: one database, a data directory each.
                let data = root.appendingPathComponent(postgres == nil ? "data" : "data-\(index)").path
                let arguments = ["store-worker", data, postgres?.url ?? "-", serialization,
                                 String(index * (applicationsPerProcess + 1)), String(applicationsPerProcess), String(start)]
                group.addTask { try await ProgramRun(me, arguments, deadline: .seconds(600)).run() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        guard outcomes.allSatisfy(\.succeeded) else { throw BenchFailure(outcomes.map(\.errorText).joined()) }
        let printed = outcomes.map { $0.outputText.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } }
        let seconds = (printed.compactMap(\.first).max() ?? start) - start
        let failed = Int(printed.compactMap { $0.dropFirst().first }.reduce(0, +))
        let rate = Double(2 * applicationsPerProcess - failed) / seconds
        return Report(name: "Solicitudes completas por segundo, dos procesos en \(label) (\(failed) de \(2 * applicationsPerProcess) fallaron)",
                      value: rate, unit: "/s", target: "—", met: failed == 0)
    }

    /// One process of `twoProcesses`: opens the store, waits for the common start, runs its applications
    /// and prints when it finished (seconds since 1970).
    static func worker(_ arguments: [String]) async throws {
        guard arguments.count == 6, let from = Int(arguments[3]), let count = Int(arguments[4]),
              let start = Double(arguments[5]) else { throw BenchFailure("store-worker DATA URL|- lock|serializable FROM COUNT START") }
        var quiet = Logger(label: "nss-bench")
        quiet.logLevel = .warning
        var configuration = EmbeddedConfiguration(dataDirectory: URL(fileURLWithPath: arguments[0]), captchaTestAnswer: "AbDeF",
                                                  postgres: arguments[1] == "-" ? nil : PostgresLocation(arguments[1]))
        configuration.writeSerialization = arguments[2] == "serializable" ? .serializable : .advisoryLock
        let backend = try EmbeddedBackend(configuration: configuration, logger: quiet)
        // The first application makes the seal and warms the caches before the common start.
        let people = try backend.listRegistry(limit: count + 1, offset: from)
        let inbox = OutboxIndex(maildir: backend.maildir!)
        var failed = 0
        for (i, person) in people.enumerated() {
            if i == 1 {
                let wait = start - Date().timeIntervalSince1970
                if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
            }
            do {
                let captcha = try await backend.newCaptcha()
                let ticket = try await backend.submit(ApplicationRequest(
                    curp: person.curp, email: try EmailAddress("bench\(from + i)@example.com"), captchaID: captcha.id,
                    captchaAnswer: "AbDeF"))
                guard let code = try inbox.confirmationCode(for: ticket.id) else { throw BackendError.notConfirmed }
                try await backend.confirm(ticket.id, code: code)
                _ = try await backend.startProcedure(ticket.id)
                _ = try await backend.finishProcedure(ticket.id)
            } catch {
                // Counted, not hidden: a store that refuses under contention shows in the report.
                if i == 0 { throw error }
                failed += 1
            }
        }
        print(Date().timeIntervalSince1970, failed)
        await backend.deliverPendingMail()
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

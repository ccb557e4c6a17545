import Documents
import PDFRendering
import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport
import ProcessKit

/// Many applications at once, in one process and in several: never two people with one NSS, never two
/// numbers for one person, one sealed record per folio under one installation key.
@Suite(.timeLimit(.minutes(10))) struct ConcurrencyTests {
    @Test func concurrentApplicationsInOneProcessGetDistinctNumbers() async throws {
        let fixture = try Fixture()
        let people = try fixture.backend.listRegistry(limit: 120).filter { $0.nss == nil }.prefix(40)
        let ids = try await withThrowingTaskGroup(of: ApplicationID.self) { group in
            for person in people { group.addTask { try await fixture.started(person.curp) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let results = try await withThrowingTaskGroup(of: NSSResult.self) { group in
            for id in ids { group.addTask { try await fixture.backend.finishProcedure(id) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map(\.nss)).count == people.count)
        #expect(results.allSatisfy { $0.kind == .asignacion })
    }

    @Test func concurrentFinishesOfOneApplicationAgree() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: false).curp)
        let results = try await withThrowingTaskGroup(of: NSSResult.self) { group in
            for _ in 0..<10 { group.addTask { try await fixture.backend.finishProcedure(id) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
        await fixture.backend.deliverPendingMail()
        #expect(try fixture.mail(id, .result).count == 1)
    }

    static let processes = 4
    static let applicationsPerProcess = 75

    @Test func workerProcessesOnOneFreshDataDirectoryNeverShareAnNSS() async throws {
        let worker = Tool.built("EmbeddedWorker")
        try #require(worker.isInstalled, "EmbeddedWorker is built next to the test bundle")
        let root = TemporaryDirectory.make("workers")
        let data = root.appendingPathComponent("data", isDirectory: true)
        let started = Date()
        let runs = try await withThrowingTaskGroup(of: ProgramOutcome.self) { group in
            for index in 0..<Self.processes {
                group.addTask {
                    try await worker.run(["--data", data.path, "--answer", Fixture.captchaAnswer,
                                          "--from", String(index * Self.applicationsPerProcess),
                                          "--count", String(Self.applicationsPerProcess)], deadline: .seconds(300))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let seconds = Date().timeIntervalSince(started)
        print("\(Self.processes) processes, \(Self.processes * Self.applicationsPerProcess) applications, "
            + String(format: "%.2f s", seconds))

        let failures = runs.filter { !$0.succeeded }.map(\.errorText)
        #expect(failures.isEmpty, "every worker exited 0: \(failures)")
        let lines = runs.flatMap { $0.outputText.split(separator: "\n") }
        let printed = lines.map { $0.split(separator: " ").map(String.init) }
        #expect(printed.count == Self.processes * Self.applicationsPerProcess)
        #expect(Set(printed.map { $0[1] }).count == printed.count, "no NSS printed twice")
        #expect(Set(printed.map { $0[0] }).count == printed.count, "each person once")
        let assignments = printed.filter { $0[2] == ProcedureKind.asignacion.rawValue }.count
        #expect(assignments > printed.count / 2, "mostly asignaciones (\(assignments))")

        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: data),
                                          logger: Fixture.quietLogger)
        let registry = try backend.listRegistry(limit: 10_000)
        let numbers = registry.compactMap(\.nss)
        #expect(Set(numbers).count == numbers.count, "one person per NSS in the registry")
        let byCURP = Dictionary(uniqueKeysWithValues: registry.map { ($0.curp.value, $0) })
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) % 100
        for line in printed {
            let person = try #require(byCURP[line[0]])
            #expect(person.nss?.digits == line[1], "the registry holds the printed NSS of \(line[0])")
            let nss = try NSS(line[1])
            if line[2] == ProcedureKind.asignacion.rawValue {
                #expect(nss.subdelegation == 18 && nss.birthYear == person.birthDate.year % 100
                    && abs(nss.registrationYear - year) <= 1)
            }
        }

        let configuration = EmbeddedConfiguration(dataDirectory: data)
        let stored = try await DatabaseQueue(path: configuration.databaseURL.path).read { db in
            try String.fetchAll(db, sql: "SELECT record FROM sealed_record")
        }
        let records = try stored.map { try JSONDecoder().decode(SealedRecord.self, from: Data($0.utf8)) }
        #expect(records.count == printed.count, "one sealed record per finished application")
        #expect(Set(records.map(\.data.folio)).count == records.count, "one record per folio")
        #expect(Set(records.map(\.numeroSerie)).count == 1, "the processes racing to make the seal agreed on one key")
        let certificate = try String(contentsOf: configuration.sealCertificateURL, encoding: .utf8)
        let sealer = Sealer(keyStore: try configuration.sealKeyStore())
        for record in records.prefix(3) {
            let pdf = try sealer.sign(try DocumentRenderer.constancia(record), of: record)
            let report = DocumentVerifier.verify(pdf: pdf, certificatePEM: certificate)
            #expect(report.isValid, "\(report.problems.map(\.message))")
        }
    }
}

import BackendService
import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import PostgresTestSupport
import ProcessKit
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Several `nss-kiosk-server` processes on one PostgreSQL database, as an office with more than one
/// machine runs them: each has its own data directory (the same seal, its own outbox and logs).
@Suite(.runsProgramsUnderLoad) struct PostgreSQLServersTests {
    static let clients = 10
    static let applicationsPerClient = 10

    let directory = TemporaryDirectory.make("servidores")
    var tokens: URL { directory.appendingPathComponent("credenciales") }

    init() throws {
        try Data("\(OfficeFixture.terminal) \(OfficeFixture.token)\n".utf8).write(to: tokens)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tokens.path)
    }

    private func data(_ index: Int) -> URL { directory.appendingPathComponent("data-\(index)") }

    private func startServer(_ index: Int, store: PostgresLocation) async throws -> ServerProcess {
        if !FileManager.default.fileExists(atPath: data(index).path) {
            try OfficeFixture.placeSharedSeal(in: data(index))
        }
        return try await ServerProcess.start([
            "--data", data(index).path, "--store", store.url, "--tokens", tokens.path,
            "--public-url", "https://nss.oficina.example", "--captcha-test-answer", OfficeFixture.captchaAnswer,
        ], in: directory)
    }

    /// How many emails of `kind` each application has in both servers' outboxes, read from their
    /// headers alone (the result emails carry two PDFs).
    private func delivered(_ kind: MailKind) throws -> [String: Int] {
        var count: [String: Int] = [:]
        for index in 0..<2 {
            for file in try MaildirOutbox(directory: data(index).appendingPathComponent("outbox")).messageFiles() {
                let message = try Data(contentsOf: file)
                let end = message.range(of: Data("\n\n".utf8))?.lowerBound ?? message.endIndex
                var fields: [String: String] = [:]
                for line in String(decoding: message[..<end], as: UTF8.self).split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                if fields[MailKind.kindHeader] == kind.rawValue, let id = fields[MailKind.applicationHeader] {
                    count[id, default: 0] += 1
                }
            }
        }
        return count
    }

    /// `body`, whose error names the step it failed in.
    private func step<T>(_ name: String, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw FixtureFailure("\(name): \(error)") }
    }

    /// 100 applications from 10 terminals at once, every call going to one server or the other in turn:
    /// no NSS twice (the database says so), and every email delivered exactly once by one of them.
    @Test func twoServersOnOnePostgreSQLNeverShareAnNSSAndDeliverEveryEmailOnce() async throws {
        try await TestPostgreSQL.withDatabase { store in
            let servers = [try await startServer(0, store: store), try await startServer(1, store: store)]
            let remotes = servers.map { server in
                RemoteBackend(HTTPTransport(server: URL(string: server.base)!, token: OfficeFixture.token,
                                            attemptTimeout: .seconds(60), budget: .seconds(90), wait: .seconds(1)))
            }
            let people = try await TestPostgreSQL.rows(
                "SELECT curp FROM person WHERE nss IS NULL ORDER BY id LIMIT \(Self.clients * Self.applicationsPerClient)",
                in: store).compactMap { $0[0] }
            #expect(people.count == Self.clients * Self.applicationsPerClient)

            let inboxes = Inboxes(directories: [data(0), data(1)])
            let started = ContinuousClock.now
            let results: [(ApplicationID, NSSResult)]
            do { results = try await withThrowingTaskGroup(of: [(ApplicationID, NSSResult)].self) { group in
                for client in 0..<Self.clients {
                    group.addTask {
                        var done: [(ApplicationID, NSSResult)] = []
                        for index in 0..<Self.applicationsPerClient {
                            let number = client * Self.applicationsPerClient + index
                            // Each step on the other server than the step before.
                            func on(_ step: Int) -> RemoteBackend<HTTPTransport> { remotes[(number + step) % 2] }
                            let challenge = try await on(0).newCaptcha(.picture)
                            let ticket = try await on(1).submit(ApplicationRequest(
                                curp: try CURP(people[number]), email: try EmailAddress("persona\(number)@example.com"),
                                captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
                            // The link is opened as a phone opens it, on either server.
                            let link = try await inboxes.link(ticket.id)
                            let page = try await step("the link's page") { try await RawHTTP.send(.GET, servers[number % 2].base + link.path) }
                            guard page.status == 200 else { throw FixtureFailure("the link answered \(page.status)") }
                            let pressed = try await step("the link's button") { try await RawHTTP.send(.POST, servers[number % 2].base + link.path) }
                            guard pressed.status == 200 else { throw FixtureFailure("the link's button answered \(pressed.status)") }
                            #expect(try await on(2).confirmationStatus(ticket.id) == .confirmed)
                            _ = try await on(3).startProcedure(ticket.id)
                            let result = try await on(4).finishProcedure(ticket.id)
                            let documents = try await on(5).documents(ticket.id)
                            guard documents.count == 2,
                                  try await on(6).document(documents[0].id).starts(with: Array("%PDF".utf8)) else {
                                throw FixtureFailure("the documents did not come")
                            }
                            done.append((ticket.id, result))
                        }
                        return done
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            } } catch {
                // What each server printed and whether it still runs: a failed call alone does not say
                // which side closed the connection, or why.
                for (index, server) in servers.enumerated() {
                    Issue.record("server \(index) \(kill(server.pid, 0) == 0 ? "running" : "gone"); it printed:\n\(server.printed.suffix(4000))")
                }
                throw error
            }

            print("\(results.count) applications from \(Self.clients) terminals on two servers: \(ContinuousClock.now - started)")
            #expect(results.count == Self.clients * Self.applicationsPerClient)
            #expect(Set(results.map(\.1.nss.digits)).count == results.count, "no NSS given twice")
            #expect(results.allSatisfy { $0.1.kind == .asignacion })
            #expect(try await TestPostgreSQL.rows(
                "SELECT nss FROM person WHERE nss IS NOT NULL GROUP BY nss HAVING count(*) > 1", in: store).isEmpty,
                "no NSS held twice in the registry")
            #expect(try await TestPostgreSQL.value(
                "SELECT count(DISTINCT nss) FROM application WHERE folio IS NOT NULL", in: store) == String(results.count))

            // Every result email, once, in one of the two outboxes.
            var resultEmails = try delivered(.result)
            for _ in 0..<300 where resultEmails.count < results.count {
                try await Task.sleep(for: .milliseconds(200))
                resultEmails = try delivered(.result)
            }
            for (id, _) in results {
                #expect(resultEmails[id.rawValue] == 1, "the result email of one application delivered once")
            }
            let confirmations = try delivered(.confirmation)
            #expect(confirmations.count == results.count && confirmations.values.allSatisfy { $0 == 1 },
                    "each confirmation email once")
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM mail_job WHERE state <> 'done'", in: store) == "0")
            for server in servers {
                server.signal(SIGTERM)
                #expect(await server.waitForExit() == 0, "\(server.printed)")
            }
        }
    }

    /// The staff tools an office runs against the shared store take `--store`: a person imported on one
    /// machine is in the registry every server reads; the outbox and the audit log are the store's.
    @Test func theStaffToolsWorkOnTheSharedStore() async throws {
        try await TestPostgreSQL.withDatabase { store in
            let staff = ["--store", store.url, "--data", directory.appendingPathComponent("personal").path]
            let curp = try CURP.derive(givenNames: "ANA", firstSurname: "RUIZ", secondSurname: "SOTO",
                                       birthDate: CivilDate(year: 1991, month: 2, day: 3)!, sex: .mujer, state: .JC).value
            let csv = directory.appendingPathComponent("registro.csv")
            try Data("curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss\n\(curp),ANA,RUIZ,SOTO,M,1991-02-03,JC,\n".utf8)
                .write(to: csv)
            let imported = try await Run.nssKiosk(["registry", "import", csv.path] + staff)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM person WHERE curp = '\(curp)'", in: store) == "1")
            let listed = try await Run.nssKiosk(["registry", "list", "--limit", "1000"] + staff)
            #expect(listed.status == 0 && listed.stdout.contains(curp), "\(listed.stderr)")
            for command in [["outbox", "--pending"], ["audit"]] {
                let run = try await Run.nssKiosk(command + staff)
                #expect(run.status == 0, "\(command): \(run.stderr)")
            }
        }
    }

    /// A store address that is not one, and a server that is not there: a Spanish sentence each, and the
    /// exit statuses of the other start-up failures (2 for what was typed, 1 for what could not be opened).
    @Test func aBadStoreAddressOrAnUnreachableServerIsSaidInSpanish() async throws {
        let common = ["--data", data(0).path, "--tokens", tokens.path, "--public-url", "https://nss.oficina.example"]
        let binary = URL(fileURLWithPath: ServerProcess.binary.path!)
        let bad = try await Run.program(binary, common + ["--store", "postgresql://sin-base"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no es válida"), "\(bad.stderr)")
        let away = try await Run.program(binary, common + ["--store", "postgresql://nss@/nss?host=\(directory.path)/no-hay"])
        #expect(away.status == 1)
        #expect(away.stderr.contains("No se pudo conectar con la base de datos"), "\(away.stderr)")
        #expect(!away.stderr.contains("SQLSTATE"), "no database detail in what staff read")
    }
}

/// Both servers' outboxes as the people's phones see them: each message read once.
actor Inboxes {
    private let indexes: [OutboxIndex]

    init(directories: [URL]) {
        indexes = directories.map { OutboxIndex(maildir: MaildirOutbox(directory: $0.appendingPathComponent("outbox"))) }
    }

    /// The confirmation link of the application, once its email has arrived in either outbox.
    func link(_ id: ApplicationID) async throws -> URL {
        for _ in 0..<600 {
            for index in indexes {
                if let link = try index.confirmationLink(for: id) { return link }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw FixtureFailure("no confirmation email for an application")
    }
}

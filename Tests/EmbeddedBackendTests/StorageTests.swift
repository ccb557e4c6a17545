import EmbeddedBackend
import Foundation
import GRDB
import Testing
import TestSupport

/// The data directory: private modes, WAL, migrations that run once.
@Suite(.runsPrograms) struct StorageTests {
    @Test func dataDirectoryIsPrivateAndDatabaseFilesAre0600() async throws {
        let fixture = try Fixture()
        let data = fixture.backend.configuration.dataDirectory
        _ = try await fixture.submit(try fixture.person(withNSS: false).curp)
        #expect(try fileMode(data) == 0o700)
        let database = fixture.backend.configuration.databaseURL
        for suffix in ["", "-wal", "-shm"] {
            let file = URL(fileURLWithPath: database.path + suffix)
            #expect(FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent) exists while open")
            #expect(try fileMode(file) == 0o600, "\(file.lastPathComponent) is 0600")
        }
        #expect(try fileMode(data.appendingPathComponent("open.lock")) == 0o600)
    }

    @Test func databaseRunsInWALModeWithABusyTimeout() throws {
        let fixture = try Fixture()
        let queue = try DatabaseQueue(path: fixture.backend.configuration.databaseURL.path)
        let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func migrationsAreIdempotentAndReopeningKeepsTheRegistry() throws {
        let fixture = try Fixture()
        let configuration = fixture.backend.configuration
        let count = try fixture.backend.registryCount()
        let reopened = try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        let again = try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        #expect(try reopened.registryCount() == count)
        #expect(try again.registryCount() == count)
        let queue = try DatabaseQueue(path: configuration.databaseURL.path)
        let applied = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1: registry, captcha, applications, confirmation, attempts",
                            "v2: sealed records of finished procedures",
                            "v3: the email associated with each CURP, and its changes", "v4: mail jobs",
                            "v5: captcha kinds", "v6: audit log", "v7: who opened each application, and where it stopped",
                            "v8: answers kept by idempotency key",
                            "v9: one-time links to the documents", "v10: the language of each application"])
    }

    @Test func anEmptyRegistryStaysEmptyWithoutDemoSeeding() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        #expect(try fixture.backend.registryCount() == 0)
    }
}

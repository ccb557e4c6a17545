import EmbeddedBackend
import Foundation
import Logging
import PostgresNIO

/// The throwaway PostgreSQL cluster that scripts/run-tests starts (scripts/with-postgresql), and a
/// database of its own for each test that uses it, so that those tests run side by side.
public enum TestPostgreSQL {
    public static let variable = "NSS_TEST_POSTGRESQL"

    /// The tests ran without the cluster (a plain `swift test`).
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "\(TestPostgreSQL.variable) is not set: run the tests with `make test` or scripts/run-tests, which start "
                + "a throwaway PostgreSQL cluster for them (scripts/with-postgresql; scripts/install-deps.sh test installs PostgreSQL)."
        }
    }

    /// The cluster's maintenance database.
    public static func cluster() throws -> PostgresLocation {
        guard let text = ProcessInfo.processInfo.environment[variable], let location = PostgresLocation(text) else {
            throw Missing()
        }
        return location
    }

    /// A new, empty database with a random name.
    public static func makeDatabase() async throws -> PostgresLocation {
        var location = try cluster()
        let name = "nss_prueba_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        _ = try await rows("CREATE DATABASE \(name)", in: location)
        location.database = name
        return location
    }

    /// Drops the database, closing whatever connections it still has.
    public static func drop(_ location: PostgresLocation) async {
        guard var admin = try? cluster(), admin.database != location.database else { return }
        admin.username = location.username
        _ = try? await rows("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)", in: admin)
    }

    /// Runs `body` with a new database, dropped after.
    public static func withDatabase<T>(_ body: (PostgresLocation) async throws -> T) async throws -> T {
        let location = try await makeDatabase()
        do {
            let value = try await body(location)
            await drop(location)
            return value
        } catch {
            await drop(location)
            throw error
        }
    }

    /// Every row of a query, each column as text (NULL as nil): the tests' own look at what the store holds.
    public static func rows(_ sql: String, in location: PostgresLocation) async throws -> [[String?]] {
        let logger = Logger(label: "nss-kiosk.test.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration: PostgresConnection.Configuration = if let socketPath = location.socketPath {
            .init(unixSocketPath: socketPath, username: location.username, password: location.password, database: location.database)
        } else {
            .init(host: location.host ?? "localhost", port: location.port, username: location.username,
                  password: location.password, database: location.database, tls: .disable)
        }
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            var result: [[String?]] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                result.append(row.map { cell in
                    guard cell.bytes != nil else { return nil }
                    switch cell.dataType {
                    case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map(String.init) ?? "?"
                    case .bool: return (try? cell.decode(Bool.self)).map(String.init) ?? "?"
                    default: return (try? cell.decode(String.self)) ?? "?"
                    }
                })
            }
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The first column of the first row.
    public static func value(_ sql: String, in location: PostgresLocation) async throws -> String? {
        try await rows(sql, in: location).first?.first ?? nil
    }
}

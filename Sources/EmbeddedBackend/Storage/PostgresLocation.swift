import Foundation
internal import PostgresNIO

/// A PostgreSQL server and database as `--store` names them, in libpq's URL form:
/// `postgresql://usuario@/base?host=/carpeta/del/socket` (a Unix socket: the folder that holds
/// `.s.PGSQL.5432`) or `postgresql://usuario:contraseña@servidor:5432/base`.
public struct PostgresLocation: Sendable, Hashable {
    public var username: String
    public var password: String?
    public var database: String
    /// A TCP host, when the server is reached over the network.
    public var host: String?
    public var port: Int
    /// The Unix socket file, when the server is reached on this machine.
    public var socketPath: String?

    /// The URL's schemes libpq accepts.
    static let schemes: Set = ["postgresql", "postgres"]

    /// Whether the text is meant as a PostgreSQL URL (then it must parse).
    public static func isPostgreSQL(_ text: String) -> Bool {
        schemes.contains { text.lowercased().hasPrefix("\($0)://") }
    }

    /// Nil when the text is not such a URL (no user, no database, a bad port, an unknown parameter).
    public init?(_ text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              Self.schemes.contains(scheme), let user = components.user, !user.isEmpty else { return nil }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { return nil }
        var socketFolder: String?
        var port = components.port ?? 5432
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host": socketFolder = item.value
            case "port":
                guard let value = item.value.flatMap(Int.init) else { return nil }
                port = value
            default: return nil
            }
        }
        guard (1...65535).contains(port) else { return nil }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 }
        if let folder = socketFolder {
            guard folder.hasPrefix("/"), host == nil else { return nil }
            socketPath = folder.hasSuffix(".s.PGSQL.\(port)") ? folder : folder + "/.s.PGSQL.\(port)"
            self.host = nil
        } else {
            guard let host else { return nil }
            self.host = host
            socketPath = nil
        }
        username = user
        password = components.password
        self.database = database
        self.port = port
    }

    /// The URL again, password included: for another process (a test's server).
    public var url: String {
        let user = username + (password.map { ":" + $0 } ?? "")
        if let socketPath {
            return "postgresql://\(user)@/\(database)?host=\((socketPath as NSString).deletingLastPathComponent)&port=\(port)"
        }
        return "postgresql://\(user)@\(host ?? ""):\(port)/\(database)"
    }

    /// The URL without its password, for messages and logs.
    public var shown: String {
        if let socketPath {
            return "postgresql://\(username)@/\(database)?host=\((socketPath as NSString).deletingLastPathComponent)"
        }
        return "postgresql://\(username)@\(host ?? ""):\(port)/\(database)"
    }

    /// PostgresNIO's settings for a connection to this server (no TLS: a socket, or a private network).
    var connectionConfiguration: PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketPath {
            configuration = .init(unixSocketPath: socketPath, username: username, password: password, database: database)
        } else {
            configuration = .init(host: host ?? "localhost", port: port, username: username, password: password,
                                  database: database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }
}

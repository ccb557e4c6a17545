import FoundationEssentials
import KioskSettings
import NSSCore

/// The first line the service writes: ready to take calls, with the settings it resolved from the
/// configuration file and the environment (the wizard lays its own command line over them), or why it
/// cannot start (in Spanish, for staff). `settings` is optional so that an older service, which sends
/// none, is still told apart by its version. `catalogues` are the languages the service read and checked
/// besides Spanish (the wizard's start reads no file and links no TOML parser).
public enum ServiceGreeting: Codable, Sendable, Equatable {
    case ready(protocolVersion: Int, settings: KioskSettings?, catalogues: [Catalogue]? = nil)
    /// `isBadSetting`: the configuration (file, environment or options) is wrong, as opposed to a data
    /// directory that cannot be opened; the wizard then ends as for a bad option (exit status 2).
    case failed(message: String, isBadSetting: Bool? = nil)

    /// Bumped whenever the lines change shape; the client refuses another version. (A call's input or
    /// output changes with the two programs, which are always installed together.)
    public static let protocolVersion = 6
}

/// One line each way after the greeting, a call's JSON (`BackendWire`) behind a short header, so the
/// JSON travels as it is:
///
///     17 submit {"curp":…}            a numbered call (the service may answer out of order)
///     17 ok {"id":…}                  its output
///     17 error {"captchaWrong":{}}    its refusal (a BackendError)
///
/// JSON never holds a raw newline (it escapes them inside strings), so a line is always one message.
enum ServiceLine {
    struct Call: Equatable {
        let id: UInt64
        let name: String
        let input: Data
    }

    struct Reply: Equatable {
        let id: UInt64
        let outcome: Result<Data, BackendError>
    }

    static func call(id: UInt64, name: String, input: Data) -> Data {
        Data("\(id) \(name) ".utf8) + input + Data("\n".utf8)
    }

    static func reply(id: UInt64, _ outcome: Result<Data, BackendError>) -> Data {
        switch outcome {
        case .success(let output): Data("\(id) ok ".utf8) + output + Data("\n".utf8)
        // A BackendError always encodes.
        case .failure(let error): Data("\(id) error ".utf8) + (try! BackendWire.encode(error)) + Data("\n".utf8)
        }
    }

    static func parseCall(_ line: Data) -> Call? {
        guard let (id, name, rest) = split(line) else { return nil }
        return Call(id: id, name: name, input: rest)
    }

    static func parseReply(_ line: Data) -> Reply? {
        guard let (id, word, rest) = split(line) else { return nil }
        switch word {
        case "ok": return Reply(id: id, outcome: .success(rest))
        case "error":
            let error = (try? JSONDecoder().decode(BackendError.self, from: rest)) ?? .internalError(reference: "respuesta del servicio")
            return Reply(id: id, outcome: .failure(error))
        default: return nil
        }
    }

    /// `ID WORD REST`: the number, the word after it, and the bytes after the second space.
    private static func split(_ line: Data) -> (UInt64, String, Data)? {
        let space = UInt8(ascii: " ")
        guard let first = line.firstIndex(of: space),
              let second = line[line.index(after: first)...].firstIndex(of: space),
              let id = UInt64(String(decoding: line[..<first], as: UTF8.self)) else { return nil }
        let word = String(decoding: line[line.index(after: first)..<second], as: UTF8.self)
        return (id, word, Data(line[line.index(after: second)...]))
    }

    static func encode<Value: Encodable>(_ value: Value) -> Data {
        // The greeting is plain data that always encodes.
        var data = try! JSONEncoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from line: Data) -> Value? {
        try? JSONDecoder().decode(type, from: line)
    }
}

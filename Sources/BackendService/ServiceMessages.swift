import FoundationEssentials
import KioskSettings
import NSSCore

/// One `NSSBackend` call as it travels to the backend service.
public enum ServiceCall: Codable, Sendable, Equatable {
    case newCaptcha
    case submit(ApplicationRequest)
    case confirmationStatus(ApplicationID)
    case confirm(ApplicationID, code: String)
    case resendConfirmation(ApplicationID)
    case startProcedure(ApplicationID)
    case finishProcedure(ApplicationID)
    case resultEmailSent(ApplicationID)
    case documents(ApplicationID)
    case document(DocumentID)
    case emailDocuments(ApplicationID)
    case lookupCURP(PersonQuery)
}

/// What a call gave back: its value, or the `BackendError` it threw.
public enum ServiceAnswer: Codable, Sendable, Equatable {
    case done
    case captcha(CaptchaChallenge)
    case ticket(ApplicationTicket)
    case status(ConfirmationStatus)
    case person(PersonRecord)
    case result(NSSResult)
    case flag(Bool)
    case documents([DocumentInfo])
    case document(Data)
    case matches([CURPMatch])
    case failure(BackendError)
}

/// The first line the service writes: ready to take calls, with the settings it resolved from the
/// configuration file and the environment (the wizard lays its own command line over them), or why it
/// cannot start (in Spanish, for staff). `settings` is optional so that an older service, which sends
/// none, is still told apart by its version.
public enum ServiceGreeting: Codable, Sendable, Equatable {
    case ready(protocolVersion: Int, settings: KioskSettings?)
    /// `isBadSetting`: the configuration (file, environment or options) is wrong, as opposed to a data
    /// directory that cannot be opened; the wizard then ends as for a bad option (exit status 2).
    case failed(message: String, isBadSetting: Bool? = nil)

    /// Bumped whenever a call or an answer changes shape; the client refuses another version.
    public static let protocolVersion = 3
}

/// A numbered call: the service may answer calls out of order.
struct ServiceRequest: Codable, Sendable {
    let id: UInt64
    let call: ServiceCall
}

/// The answer to the call with the same number.
struct ServiceReply: Codable, Sendable {
    let id: UInt64
    let answer: ServiceAnswer
}

/// One JSON document per line, both ways: JSON escapes every newline inside strings.
enum ServiceLine {
    static func encode<Value: Encodable>(_ value: Value) -> Data {
        // Every message type is plain data that always encodes.
        var data = try! JSONEncoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from line: Data) -> Value? {
        try? JSONDecoder().decode(type, from: line)
    }
}

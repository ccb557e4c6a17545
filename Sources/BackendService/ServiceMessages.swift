import FoundationEssentials
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
    case openApplications
    case resumeApplication(ApplicationID)
    case recordProgress(ApplicationID, ApplicationProgress)
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
    case openApplications(OpenApplications)
    case resumed(ResumedApplication)
    case failure(BackendError)
}

/// The first line the service writes: ready to take calls, or why it cannot (in Spanish, for staff).
public enum ServiceGreeting: Codable, Sendable, Equatable {
    case ready(protocolVersion: Int)
    case failed(message: String)

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

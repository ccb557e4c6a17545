import FoundationEssentials

/// The calls as JSON, the same for every transport: a call's input and output are the JSON encodings of
/// its `Input` and `Output`, and a refusal is the `BackendError`. The pipe adds a number to each; the
/// office server takes the input as a request's body and gives the output as the answer's (`HTTPAPI`).
public enum BackendWire {
    /// What running a call from JSON gave.
    public enum Outcome: Sendable {
        /// The output, as JSON.
        case output(Data)
        case failure(BackendError)
        /// No call has this name.
        case unknownCall(String)
        /// The input is not the call's.
        case badInput(call: String)
    }

    /// How a waiting call waits (see `BackendCall.isSettled`): until its output is settled, `deadline`, or
    /// `watch` runs out, running it again each time `watch` says something may have changed.
    public struct Waiting: Sendable {
        public var deadline: ContinuousClock.Instant
        public var watch: any ChangeWatch

        public init(until deadline: ContinuousClock.Instant, watch: any ChangeWatch) {
            self.deadline = deadline
            self.watch = watch
        }
    }

    /// Whether the caller may act on a call's subject; throws the refusal (`.applicationNotFound`) when not.
    public typealias Admission = @Sendable (CallSubject) async throws -> Void

    /// Runs the call named `name` on `backend` with the JSON `input`; with `waiting`, a call that waits
    /// answers once its output is settled or the wait is over (other calls ignore it). `admit` is asked
    /// first about the call's subject, if it has one.
    public static func perform(_ name: String, input: Data, on backend: some NSSBackend, waiting: Waiting? = nil,
                               admit: Admission? = nil) async -> Outcome {
        guard let call = BackendAPI.call(named: name) else { return .unknownCall(name) }
        return await perform(call, input: input, on: backend, waiting: waiting, admit: admit)
    }

    private static func perform<Call: BackendCall>(_ call: Call.Type, input: Data, on backend: some NSSBackend,
                                                   waiting: Waiting?, admit: Admission?) async -> Outcome {
        guard let decoded = try? JSONDecoder().decode(Call.Input.self, from: input) else { return .badInput(call: Call.name) }
        do {
            if let admit, let subject = Call.subject(of: decoded) { try await admit(subject) }
            var output = try await Call.perform(decoded, on: backend)
            if let isSettled = Call.isSettled, let waiting {
                while !isSettled(output), ContinuousClock.now < waiting.deadline, !Task.isCancelled {
                    guard await waiting.watch.nextChange(before: waiting.deadline) else { break }
                    output = try await Call.perform(decoded, on: backend)
                }
            }
            return .output(try encode(output))
        } catch let error as BackendError {
            return .failure(error)
        } catch {
            // Implementations throw BackendError only; anything else is a fault of the backend.
            return .failure(.internalError(reference: "servicio"))
        }
    }

    /// The JSON of a value the calls carry (plain data that always encodes).
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try JSONEncoder().encode(value)
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(BackendError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw .internalError(reference: "respuesta del servicio")
        }
    }
}

/// What a server waits on between two runs of a waiting call: a change it made itself (a link opened), or
/// the time to look again for one made elsewhere (another process on the same store).
public protocol ChangeWatch: Sendable {
    /// Returns when something may have changed, at the latest by `deadline`; false when waiting should
    /// end now (the server is stopping).
    func nextChange(before deadline: ContinuousClock.Instant) async -> Bool
}

import FoundationEssentials

/// The calls as JSON, the same for every transport: a call's input and output are the JSON encodings of
/// its `Input` and `Output`, and a refusal is the `BackendError`. The pipe adds a number to each; an HTTP
/// server would take the input as a request body and give the output as the response's.
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

    /// Runs the call named `name` on `backend` with the JSON `input`.
    public static func perform(_ name: String, input: Data, on backend: some NSSBackend) async -> Outcome {
        guard let call = BackendAPI.call(named: name) else { return .unknownCall(name) }
        return await perform(call, input: input, on: backend)
    }

    private static func perform<Call: BackendCall>(_ call: Call.Type, input: Data, on backend: some NSSBackend) async -> Outcome {
        guard let decoded = try? JSONDecoder().decode(Call.Input.self, from: input) else { return .badInput(call: Call.name) }
        do {
            return .output(try encode(try await Call.perform(decoded, on: backend)))
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

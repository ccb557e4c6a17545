import NSSCore

/// A backend's transport under test, beside what its harness reads the person's mail and the registry
/// with (the store open in the test's process, the running server). Every call goes through
/// `transport`; the harness's backend is `RemoteBackend` over this, so no harness forwards the calls
/// one by one.
public struct HarnessTransport<Transport: BackendTransport, Beside: Sendable>: BackendTransport {
    public let transport: Transport
    public let beside: Beside

    public init(_ transport: Transport, beside: Beside) {
        self.transport = transport
        self.beside = beside
    }

    public func call<Call: BackendCall>(_ call: Call.Type, _ input: Call.Input) async throws -> Call.Output {
        try await transport.call(call, input)
    }
}


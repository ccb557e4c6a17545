/// One named rule of the backend contract, runnable against any harness.
public struct ContractCase: Sendable, CustomStringConvertible {
    /// A sentence naming the rule, e.g. `captchaIsSingleUse`.
    public let name: String
    private let body: @Sendable (any ContractHarness) async throws -> Void

    init(_ name: String, _ body: @escaping @Sendable (any ContractHarness) async throws -> Void) {
        self.name = name
        self.body = body
    }

    /// Runs the rule on a fresh backend of the harness; throws `ContractViolation` when it is broken.
    public func run(with harness: some ContractHarness) async throws {
        try await body(harness)
    }

    public var description: String { name }
}

/// A backend broke the contract: what was expected, and what happened instead.
public struct ContractViolation: Error, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

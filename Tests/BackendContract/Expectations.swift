import NSSCore

/// Throws a `ContractViolation` with the message unless the condition holds.
func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw ContractViolation(message()) }
}

/// Runs `operation` and requires it to fail with a `BackendError` that `matches` accepts.
func expectFailure<T>(_ what: String, expected: String, matches: (BackendError) -> Bool,
                      _ operation: () async throws -> T) async throws {
    let outcome: Result<T, any Error>
    do {
        outcome = .success(try await operation())
    } catch {
        outcome = .failure(error)
    }
    switch outcome {
    case .success:
        throw ContractViolation("\(what): expected \(expected), but it succeeded")
    case .failure(let error as BackendError):
        try expect(matches(error), "\(what): expected \(expected), got BackendError.\(error)")
    case .failure(let error):
        throw ContractViolation("\(what): expected \(expected), got a non-BackendError \(type(of: error)): \(error)")
    }
}

/// Runs `operation` and requires it to fail with exactly `error`.
func expectFailure<T>(_ what: String, _ error: BackendError, _ operation: () async throws -> T) async throws {
    try await expectFailure(what, expected: "BackendError.\(error)", matches: { $0 == error }, operation)
}

/// Runs `operation` and turns any error into a violation that says which step failed.
func step<T>(_ what: String, _ operation: () async throws -> T) async throws -> T {
    do {
        return try await operation()
    } catch let violation as ContractViolation {
        throw violation
    } catch {
        throw ContractViolation("\(what) failed: \(error)")
    }
}

import BackendContract
import Testing
import TestSupport

/// The shared backend contract, rule by rule, against the embedded backend.
@Suite(.runsPrograms) struct ContractTests {
    @Test(arguments: BackendContract.cases)
    func embeddedBackendMeetsTheContract(_ rule: ContractCase) async throws {
        try await rule.run(with: EmbeddedHarness())
    }

    /// The same backend with its tables in PostgreSQL (a database of its own per case).
    @Test(arguments: BackendContract.cases)
    func embeddedBackendOnPostgreSQLMeetsTheContract(_ rule: ContractCase) async throws {
        try await rule.run(with: EmbeddedHarness(onPostgreSQL: true))
    }
}

import BackendContract
import Testing
import TestSupport

/// The shared backend contract, rule by rule, through the office server's HTTP API, on SQLite and PostgreSQL.
@Suite(.runsPrograms) struct HTTPContractTests {
    @Test(arguments: BackendContract.cases)
    func theOfficeServerMeetsTheContractOverHTTP(_ rule: ContractCase) async throws {
        try await rule.run(with: HTTPHarness())
    }

    /// The same, the server's store in PostgreSQL.
    @Test(arguments: BackendContract.cases)
    func theOfficeServerOnPostgreSQLMeetsTheContractOverHTTP(_ rule: ContractCase) async throws {
        try await rule.run(with: HTTPHarness(onPostgreSQL: true))
    }
}

import BackendContract
import Testing
import TestSupport

/// The shared backend contract, rule by rule, through the office server's HTTP API on SQLite.
@Suite(.runsPrograms) struct HTTPContractTests {
    @Test(arguments: BackendContract.cases)
    func theOfficeServerMeetsTheContractOverHTTP(_ rule: ContractCase) async throws {
        try await rule.run(with: HTTPHarness())
    }
}

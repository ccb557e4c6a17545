import BackendContract
import Testing

/// The shared backend contract, rule by rule, against the embedded backend.
@Suite struct ContractTests {
    @Test(arguments: BackendContract.cases)
    func embeddedBackendMeetsTheContract(_ rule: ContractCase) async throws {
        try await rule.run(with: EmbeddedHarness())
    }
}

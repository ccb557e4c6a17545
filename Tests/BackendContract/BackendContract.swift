/// The contract every `NSSBackend` meets, as named cases. A test target runs each case against its
/// backend through a `ContractHarness`; a broken rule throws `ContractViolation`.
public enum BackendContract {
    public static let cases: [ContractCase] =
        CaptchaCases.all + SubmissionCases.all + ConfirmationCases.all + ProcedureCases.all + DocumentCases.all + LookupCases.all
            + ResumeCases.all
}

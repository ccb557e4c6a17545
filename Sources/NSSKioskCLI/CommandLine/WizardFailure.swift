/// Why the wizard cannot start or had to stop, in Spanish for staff; `status` is the exit status.
struct WizardFailure: Error, Equatable, CustomStringConvertible {
    let message: String
    var status: Int32 = 2
    var description: String { message }
}

import Wizard

/// How the full-screen wizard behaves: a kiosk or a staff session, test mode, the idle limits.
public struct KioskOptions: Sendable {
    /// A kiosk starts over after Salir and Terminar and can only be left through the staff exit
    /// (Ctrl-X or F12, then the staff PIN); otherwise Salir ends the program.
    public var kiosk: Bool
    /// The check of the staff PIN; required in kiosk mode.
    public var staffPIN: StaffPINCheck?
    /// Whether the backend runs with a fixed captcha answer: every screen says so.
    public var isTestMode: Bool
    /// Idle limits and warning.
    public var configuration: WizardConfiguration
    /// Called on every wipe, after the state is wiped: removes what the session left on disk.
    public var onWipe: (@Sendable () -> Void)?
    /// A file of answers (`--answers`) typed into the screens, as a person would.
    public var script: ScriptedRun?

    public init(kiosk: Bool = false, staffPIN: StaffPINCheck? = nil, isTestMode: Bool = false,
                configuration: WizardConfiguration = WizardConfiguration()) {
        self.kiosk = kiosk
        self.staffPIN = staffPIN
        self.isTestMode = isTestMode
        self.configuration = configuration
    }
}

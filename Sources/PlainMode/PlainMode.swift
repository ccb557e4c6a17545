import NSSCore
import Wizard

/// The wizard as plain lines of text, for screen readers, braille displays, serial consoles and dumb
/// terminals: no cursor addressing, no colours, no redraws. `nss-kiosk --plain` runs it.
public enum PlainMode {
    /// Runs sessions until the person leaves (Salir or Terminar, unless `options.kiosk`; at a kiosk,
    /// only staff with `staffPIN`, through `:personal` or a line with Ctrl-X) or the input ends; every personal datum is wiped before it returns. With `script`, its answers are
    /// typed at the prompts first. Returns the exit status: 0, or 1 when the script stopped at a wrong answer.
    public static func run(backend: some NSSBackend, input: any LineInput, output: any LineOutput,
                           options: PlainOptions = PlainOptions(), outlet: (any DocumentOutlet)? = nil,
                           staffPIN: StaffPINCheck? = nil, onWipe: (@Sendable () -> Void)? = nil,
                           script: ScriptedRun? = nil) async -> Int32 {
        await PlainSession(backend: backend, input: input, output: output, options: options, outlet: outlet,
                           staffPIN: staffPIN, onWipe: onWipe, script: script).run()
    }

    /// Whether the terminal described by `environment` can take nothing but plain lines: TERM unset,
    /// empty or "dumb" (serial consoles, editor shells, some braille set-ups). Line-mode wizards such
    /// as huh's accessible mode switch on the same signal.
    public static func isRequired(by environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return term.isEmpty || term == "dumb"
    }
}

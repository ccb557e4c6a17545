/// One rule for leaving, in both front ends and by every way out (Salir, F10, Ctrl-C, `:salir`): once
/// the person has typed or received anything, leaving is confirmed first, since it wipes it all; with
/// nothing to lose it happens at once. At a kiosk leaving wipes and starts over for the next person.
extension WizardState {
    /// Whether leaving now must be confirmed.
    /// The resume list holds nothing typed: leaving it is never asked (its applications stay to be taken up).
    public var leavingNeedsConfirmation: Bool { holdsPersonalData && resumeChoice == nil }
}

/// The words of that confirmation, the same on the screen and in the line mode.
public enum LeaveWording {
    public static let question = "¿Deseas salir?"

    /// What leaving does: the program ends, or at a kiosk everything starts over.
    public static func consequence(kiosk: Bool) -> String {
        "Si sales ahora, se borrarán los datos que escribiste"
            + (kiosk ? " y el trámite empezará de nuevo." : " y el programa terminará.")
            + " Lo que ya enviaste queda guardado."
    }

    public static let stay = "No, continuar"
    public static let leave = "Sí, salir"
}

import NSSCore

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
    public static var question: String { Phrase.leaveQuestion.text }

    /// What leaving does: the program ends, or at a kiosk everything starts over.
    public static func consequence(kiosk: Bool) -> String {
        kiosk ? Phrase.leaveConsequenceKiosk.text : Phrase.leaveConsequence.text
    }

    public static var stay: String { Phrase.leaveStay.text }
    public static var leave: String { Phrase.leaveLeave.text }
}

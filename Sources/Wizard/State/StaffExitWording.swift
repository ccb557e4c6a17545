import NSSCore

/// What the staff exit of a kiosk says, once for both front ends.
public enum StaffExitWording {
    public static var wrongPIN: String { Phrase.staffWrongPin.text }
    public static var locked: String { Phrase.staffLocked.text }
}

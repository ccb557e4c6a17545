/// The IMSS subdelegation new numbers are assigned in (the SS of `SS AA NN CCCC D`).
public enum Subdelegation {
    public static let standard = 18
    public static let valid = 1...99
}

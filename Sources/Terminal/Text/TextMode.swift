/// Which characters the terminal can show: all of Unicode, or only ASCII.
public enum TextMode: Sendable, Hashable {
    /// Accents, ñ, box lines and marks as they are.
    case unicode
    /// Only ASCII: accents dropped, lines drawn with `+ - |`.
    case ascii

    /// Terminal types that cannot show UTF-8, whatever the locale says.
    static let asciiTerminalTypes: Set<String> = ["dumb", "vt52", "vt100", "vt102", "vt220"]

    /// ASCII when the person's locale is not UTF-8 (LANG=C, a serial console) or the terminal
    /// type is one that cannot show it.
    public static func detect(codeset: String, terminalType: String?) -> TextMode {
        let utf8 = codeset.uppercased().filter { $0 != "-" } == "UTF8"
        let asciiTerminal = terminalType.map { asciiTerminalTypes.contains($0) } ?? false
        return utf8 && !asciiTerminal ? .unicode : .ascii
    }
}

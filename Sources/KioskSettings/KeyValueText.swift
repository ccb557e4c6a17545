/// Small settings files of lines `clave = valor` (the staff lockout file, the older `kiosk.conf`): `#`
/// starts a comment, spaces around both sides are ignored, a line without `=` says nothing.
public enum KeyValueText {
    public static func parse(_ text: String) -> [String: String] {
        var settings: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.prefix { $0 != "#" }
            guard let equals = content.firstIndex(of: "=") else { continue }
            settings[String(content[..<equals]).trimmingSpaces] = String(content[content.index(after: equals)...]).trimmingSpaces
        }
        return settings
    }
}

import NSSCore

/// The wizard's small settings files (`kiosk.conf`, `bloqueo-personal`): lines `clave = valor`,
/// `#` starting a comment, spaces around both sides ignored; a line without `=` says nothing.
enum KeyValueText {
    static func parse(_ text: String) -> [String: String] {
        var settings: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.prefix { $0 != "#" }
            guard let equals = content.firstIndex(of: "=") else { continue }
            settings[content[..<equals].trimmingWhiteSpace()] = content[content.index(after: equals)...].trimmingWhiteSpace()
        }
        return settings
    }
}

/// The named gaps of a catalogue's texts, `{folio}`, filled when a phrase is said. A brace that does not
/// open a name (lowercase letters, digits and `_`) is text.
public enum Placeholders {
    /// The names in `text`, in order of first appearance.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        scan(text) { name in if !names.contains(name) { names.append(name) } }
        return names
    }

    /// `template` with each `{name}` of `values` replaced; other braces stay as written.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), isName(after[..<close]),
               let value = values.first(where: { $0.key == after[..<close] })?.value {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    private static func scan(_ text: String, _ found: (String) -> Void) {
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { return }
            if isName(after[..<close]) {
                found(String(after[..<close]))
                rest = after[after.index(after: close)...]
            } else {
                rest = after
            }
        }
    }

    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }
}

/// The named gaps of a catalogue's texts, `{folio}`, filled when a phrase is said. A brace that does not
/// open a name (lowercase letters, digits and `_`) is text.
public enum Placeholders {
    /// The names in `text`, in order of first appearance.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        scan(text) { name in if !names.contains(name) { names.append(name) } }
        return names
    }

    /// `template` with each `{name}` of `values` replaced; other braces stay as written. Scans bytes: a
    /// screen fills a few dozen texts at every frame.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        let utf8 = template.utf8
        guard utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var next = utf8.startIndex
        var copied = next
        while let open = utf8[next...].firstIndex(of: UInt8(ascii: "{")),
              let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            let name = String(Substring(utf8[utf8.index(after: open)..<close]))
            if isName(name[...]), let value = values.first(where: { $0.key == name })?.value {
                // Concrete appends: the generic `append(contentsOf:)` costs a runtime look-up at first use.
                result.append(String(template[copied..<open]))
                result.append(value)
                copied = utf8.index(after: close)
                next = copied
            } else {
                next = utf8.index(after: open)
            }
        }
        result.append(String(template[copied...]))
        return result
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

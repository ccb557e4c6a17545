/// Cuts the bytes of standard input into lines and decodes each one: as UTF-8 when it is valid UTF-8,
/// otherwise as Latin-1, so "Muñoz" typed on a terminal that is not in UTF-8 still arrives as "Muñoz".
struct TypedLineDecoder {
    private var partial: [UInt8] = []

    /// Takes the next bytes read and returns the lines they complete.
    mutating func append(_ bytes: some Sequence<UInt8>) -> [String] {
        var lines: [String] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                lines.append(Self.decode(partial))
                partial.removeAll(keepingCapacity: true)
            } else {
                partial.append(byte)
            }
        }
        return lines
    }

    /// Forgets the half line read so far (a wipe: it belonged to the person before).
    mutating func discardPartial() {
        partial.removeAll(keepingCapacity: true)
    }

    /// At end of input: the last line when it had no line ending.
    mutating func finish() -> String? {
        defer { partial.removeAll() }
        return partial.isEmpty ? nil : Self.decode(partial)
    }

    static func decode(_ line: [UInt8]) -> String {
        let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

/// How a value that must be valid is decoded: `{"<key>": "…"}` read and checked as if typed, so one
/// that arrives over the wire or from a file is as trustworthy as one a person entered, and a bad one
/// is refused with the reason a person would read.
enum CheckedDecoding {
    /// Why a decoded text is not a valid value.
    struct Refusal: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func decode<Value>(_ decoder: any Decoder, key: String,
                              check: (String) -> Result<Value, Refusal>) throws -> Value {
        let container = try decoder.container(keyedBy: Key.self)
        let text = try container.decode(String.self, forKey: Key(key))
        switch check(text) {
        case .success(let value): return value
        case .failure(let refusal):
            throw DecodingError.dataCorruptedError(forKey: Key(key), in: container, debugDescription: refusal.message)
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

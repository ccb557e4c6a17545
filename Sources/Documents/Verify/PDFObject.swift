/// A PDF object, as far as the verifier needs them (ISO 32000-1 §7.3), plus the bare keywords
/// (operators) that content streams and CMaps are made of.
indirect enum PDFObject: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    case string([UInt8])
    case array([PDFObject])
    case dictionary([String: PDFObject])
    /// An indirect reference, by object number.
    case reference(Int)
    /// A stream: its dictionary and its still-encoded bytes.
    case stream([String: PDFObject], [UInt8])
    case keyword(String)

    var dictionary: [String: PDFObject]? {
        switch self {
        case .dictionary(let d), .stream(let d, _): d
        default: nil
        }
    }

    var array: [PDFObject]? {
        if case .array(let a) = self { a } else { nil }
    }

    var name: String? {
        if case .name(let n) = self { n } else { nil }
    }

    var integer: Int? {
        if case .integer(let i) = self { i } else { nil }
    }

    var bytes: [UInt8]? {
        if case .string(let s) = self { s } else { nil }
    }

    /// A PDF text string (§7.9.2.2): UTF-16BE after a byte-order mark, otherwise PDFDocEncoding,
    /// read here as Latin-1, which it equals for every character the documents write there.
    var text: String? {
        guard let bytes else { return nil }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

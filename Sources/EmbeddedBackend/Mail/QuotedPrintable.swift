import Foundation

/// Quoted-printable (RFC 2045 §6.7): UTF-8 text as 7-bit lines of at most 76 characters, and back.
enum QuotedPrintable {
    private static let maximumLine = 76

    /// Encodes text; line breaks become LF, non-ASCII bytes `=XX`, long lines get soft breaks (`=`).
    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map(encodeLine).joined(separator: "\n") + (text.hasSuffix("\n") ? "" : "\n")
    }

    private static func encodeLine(_ line: Substring) -> String {
        let bytes = Array(line.utf8)
        var out = ""
        var current = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                token = isLast ? hex(byte) : String(UnicodeScalar(byte))
            case UInt8(ascii: "="):
                token = hex(byte)
            case UInt8(ascii: "F") where index == 0 && line.hasPrefix("From "):
                token = hex(byte)
            case 33...126:
                token = String(UnicodeScalar(byte))
            default:
                token = hex(byte)
            }
            let room = isLast ? maximumLine : maximumLine - 1
            if current + token.count > room {
                out += "=\n"
                current = 0
            }
            out += token
            current += token.count
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }

    /// Decodes a quoted-printable body into bytes (soft breaks removed, `=XX` resolved).
    static func decodeBytes(_ encoded: String) -> Data {
        let bytes = Array(encoded.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var out = Data()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 2
                    continue
                }
                if index + 2 < bytes.count, let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                    out.append(value)
                    index += 3
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return out
    }
}

/// Turns the bytes a PDF shows with one font back into Unicode: through the font's ToUnicode
/// CMap when it has one (cairo always writes one), otherwise through WinAnsiEncoding.
struct FontDecoder {
    private var bytesPerCode = 1
    private var map: [UInt32: String] = [:]
    private var hasToUnicode = false

    init(font: [String: PDFObject], file: PDFFile) throws(PDFReadError) {
        if font["Subtype"]?.name == "Type0" { bytesPerCode = 2 }
        if let toUnicode = file.resolve(font["ToUnicode"]), case .stream = toUnicode {
            hasToUnicode = true
            try readCMap(file.decodedStream(toUnicode))
        }
    }

    func decode(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i + bytesPerCode <= bytes.count {
            var code: UInt32 = 0
            for b in bytes[i..<i + bytesPerCode] { code = code << 8 | UInt32(b) }
            i += bytesPerCode
            if let text = map[code] {
                out += text
            } else if !hasToUnicode && bytesPerCode == 1 {
                out += WinAnsiEncoding.character(UInt8(code))
            } else {
                out += "\u{FFFD}"
            }
        }
        return out
    }

    /// Reads `codespacerange`, `bfchar` and `bfrange` sections (the parts of a ToUnicode CMap
    /// that say what each code means).
    private mutating func readCMap(_ data: [UInt8]) throws(PDFReadError) {
        var syntax = PDFSyntax(data)
        var operands: [PDFObject] = []
        while let token = try syntax.nextObject() {
            guard case .keyword(let word) = token else { operands.append(token); continue }
            switch word {
            case "endcodespacerange":
                if let low = operands.first?.bytes, !low.isEmpty { bytesPerCode = low.count }
            case "endbfchar":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if let source = operands[pair].bytes, let target = operands[pair + 1].bytes {
                        map[Self.code(source)] = Self.utf16(target)
                    }
                }
            case "endbfrange":
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    guard let low = operands[triple].bytes, let high = operands[triple + 1].bytes else { continue }
                    let (first, last) = (Self.code(low), Self.code(high))
                    guard first <= last, last - first < 65_536 else { continue }
                    switch operands[triple + 2] {
                    case .string(let start):
                        for (offset, code) in (first...last).enumerated() {
                            map[code] = Self.utf16(Self.adding(UInt16(offset), to: start))
                        }
                    case .array(let targets):
                        for (code, target) in zip(first...last, targets) {
                            if let bytes = target.bytes { map[code] = Self.utf16(bytes) }
                        }
                    default:
                        break
                    }
                }
            default:
                break
            }
            operands.removeAll()
        }
    }

    private static func code(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func utf16(_ bytes: [UInt8]) -> String {
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }

    /// The UTF-16BE bytes with `offset` added to their last unit, as bfrange entries count.
    private static func adding(_ offset: UInt16, to bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 2 else { return bytes }
        var out = bytes
        let last = (UInt16(bytes[bytes.count - 2]) << 8 | UInt16(bytes[bytes.count - 1])) &+ offset
        out[bytes.count - 2] = UInt8(last >> 8)
        out[bytes.count - 1] = UInt8(last & 0xFF)
        return out
    }
}

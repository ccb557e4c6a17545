/// Reads PDF tokens and objects from bytes (ISO 32000-1 §7.2–7.3): the file's objects, content
/// streams and ToUnicode CMaps all share this syntax.
struct PDFSyntax {
    let bytes: [UInt8]
    var position: Int
    /// How many arrays and dictionaries the object being read is inside: bounded, so that nesting
    /// costs an error, never the stack.
    private var depth = 0
    static let maximumDepth = 64

    init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00
    }

    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    static func isRegular(_ b: UInt8) -> Bool { !isWhitespace(b) && !isDelimiter(b) }

    /// Skips whitespace and comments.
    mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            if Self.isWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "%") {
                while position < bytes.count && bytes[position] != 0x0A && bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Whether the bytes at the current position (after space) spell `word` as a whole token.
    mutating func peekKeyword(_ word: String) -> Bool {
        skipSpace()
        let w = Array(word.utf8)
        guard position + w.count <= bytes.count, Array(bytes[position..<position + w.count]) == w else { return false }
        return position + w.count == bytes.count || !Self.isRegular(bytes[position + w.count])
    }

    /// The next object, or nil at the end of the bytes. Integers followed by `G R` become references.
    mutating func nextObject() throws(PDFReadError) -> PDFObject? {
        skipSpace()
        guard position < bytes.count else { return nil }
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "/"):
            return .name(readName())
        case UInt8(ascii: "("):
            return .string(try readLiteralString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "<") {
                return .dictionary(try readDictionary())
            }
            return .string(try readHexString())
        case UInt8(ascii: "["):
            try enter()
            defer { depth -= 1 }
            position += 1
            var items: [PDFObject] = []
            while true {
                skipSpace()
                guard position < bytes.count else { throw PDFReadError("una lista sin cerrar") }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                guard let item = try nextObject() else { throw PDFReadError("una lista sin cerrar") }
                items.append(item)
            }
        case UInt8(ascii: ">"), UInt8(ascii: "]"), UInt8(ascii: ")"):
            position += 1
            if b == UInt8(ascii: ">") && position < bytes.count && bytes[position] == UInt8(ascii: ">") { position += 1 }
            return .keyword(String(Unicode.Scalar(b)))
        case UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return .keyword(String(Unicode.Scalar(b)))
        default:
            return readNumberOrKeyword()
        }
    }

    private mutating func readRegularRun() -> [UInt8] {
        let start = position
        while position < bytes.count && Self.isRegular(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    private mutating func readName() -> String {
        position += 1
        let out = readRegularRun()
        var decoded: [UInt8] = []
        var i = 0
        while i < out.count {
            if out[i] == UInt8(ascii: "#"), i + 2 < out.count, let h = Self.hex(out[i + 1]), let l = Self.hex(out[i + 2]) {
                decoded.append(h << 4 | l)
                i += 3
            } else {
                decoded.append(out[i])
                i += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func readNumberOrKeyword() -> PDFObject? {
        let run = readRegularRun()
        guard !run.isEmpty else {
            position += 1
            return .keyword(String(Unicode.Scalar(bytes[position - 1])))
        }
        let text = String(decoding: run, as: UTF8.self)
        if let integer = Int(text) {
            if integer >= 0, let reference = referenceAfter(integer) { return reference }
            return .integer(integer)
        }
        if run.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }),
           let real = Double(text) {
            return .real(real)
        }
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: return .keyword(text)
        }
    }

    /// `n G R` after the integer n: a reference; otherwise nothing is consumed.
    private mutating func referenceAfter(_ number: Int) -> PDFObject? {
        let saved = position
        skipSpace()
        let generation = readRegularRun()
        if !generation.isEmpty, generation.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "R"),
               position + 1 == bytes.count || !Self.isRegular(bytes[position + 1]) {
                position += 1
                return .reference(number)
            }
        }
        position = saved
        return nil
    }

    private mutating func enter() throws(PDFReadError) {
        guard depth < Self.maximumDepth else { throw PDFReadError("un objeto anidado a más de \(Self.maximumDepth) niveles") }
        depth += 1
    }

    private mutating func readDictionary() throws(PDFReadError) -> [String: PDFObject] {
        try enter()
        defer { depth -= 1 }
        position += 2
        var dictionary: [String: PDFObject] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw PDFReadError("un diccionario sin cerrar") }
            if bytes[position] == UInt8(ascii: ">") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw PDFReadError("un diccionario mal cerrado")
                }
                position += 2
                return dictionary
            }
            guard case .name(let key)? = try nextObject() else { throw PDFReadError("una clave de diccionario inválida") }
            guard let value = try nextObject() else { throw PDFReadError("un diccionario sin cerrar") }
            dictionary[key] = value
        }
    }

    private mutating func readLiteralString() throws(PDFReadError) -> [UInt8] {
        position += 1
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "("):
                depth += 1
                out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0D:
                    if position < bytes.count && bytes[position] == 0x0A { position += 1 }
                case 0x0A:
                    break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(e - 0x30)
                    for _ in 0..<2 {
                        guard position < bytes.count, (0x30...0x37).contains(bytes[position]) else { break }
                        value = value * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                default:
                    out.append(e)
                }
            default:
                out.append(b)
            }
        }
        throw PDFReadError("un texto sin cerrar")
    }

    private mutating func readHexString() throws(PDFReadError) -> [UInt8] {
        position += 1
        var nibbles: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if b == UInt8(ascii: ">") {
                if nibbles.count % 2 == 1 { nibbles.append(0) }
                return stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
            }
            if Self.isWhitespace(b) { continue }
            guard let n = Self.hex(b) else { throw PDFReadError("un texto hexadecimal inválido") }
            nibbles.append(n)
        }
        throw PDFReadError("un texto hexadecimal sin cerrar")
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }
}

/// The CURP check digit (position 18): weights 18…2 over "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ".
public enum CURPCheckDigit {
    /// The value of one ASCII CURP character in the RENAPO dictionary, or nil.
    @inline(__always)
    static func value(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "N"): Int(byte - UInt8(ascii: "A")) + 10
        // Ñ takes index 24, so O…Z are shifted by one.
        case UInt8(ascii: "O")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 11
        default: nil
        }
    }

    /// The check digit for the first 17 characters (ASCII bytes), or nil if one is outside the dictionary.
    static func compute<C: Collection>(_ first17: C) -> Int? where C.Element == UInt8 {
        var sum = 0
        var weight = 18
        for byte in first17.prefix(17) {
            guard let v = value(byte) else { return nil }
            sum += v * weight
            weight -= 1
        }
        return (10 - sum % 10) % 10
    }

    /// The check digit for the first 17 characters of a CURP-shaped string.
    public static func compute(_ first17: String) -> Int? {
        guard first17.utf8.count >= 17 else { return nil }
        return compute(Array(first17.utf8))
    }
}

/// The SHA-256 of the staff PIN that opens a kiosk's staff exit, as 32 bytes. The configuration holds
/// only this digest, never the PIN.
public struct StaffPINDigest: Hashable, Sendable, Codable {
    public let bytes: [UInt8]

    /// From 64 hexadecimal digits (either case); nil otherwise.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    public init(bytes: [UInt8]) { self.bytes = bytes }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A staff PIN has at least six digits: four can be watched over a shoulder or guessed in the three
    /// tries a lockout allows far too easily.
    public static let minimumPINLength = 6

    public static func isAcceptablePIN(_ pin: String) -> Bool {
        pin.count >= minimumPINLength && pin.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

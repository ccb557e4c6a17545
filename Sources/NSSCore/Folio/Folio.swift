import Foundation

/// The folio of a procedure: 13 digits of Unix epoch milliseconds followed by 10 random digits,
/// as in the IMSS sample 17399369076551325965562.
public struct Folio: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 23 digits.
    public let value: String

    public init?(_ text: String) {
        guard text.utf8.count == 23, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        value = text
    }

    /// A new folio for the given instant.
    public static func make<R: RandomNumberGenerator>(at date: Date, using rng: inout R) -> Folio {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let ms = String(millis)
        let head = ms.count >= 13 ? String(ms.suffix(13)) : String(repeating: "0", count: 13 - ms.count) + ms
        let tail = (0..<10).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        return Folio(head + tail)!
    }

    public static func make(at date: Date) -> Folio {
        var rng = SystemRandomNumberGenerator()
        return make(at: date, using: &rng)
    }

    public var description: String { value }

    /// The instant the first 13 digits encode.
    public var issuedAt: Date {
        Date(timeIntervalSince1970: Double(Int64(value.prefix(13))!) / 1000)
    }
}

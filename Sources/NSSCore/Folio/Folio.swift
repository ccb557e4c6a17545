import FoundationEssentials

/// The folio of a procedure: 13 digits of Unix epoch milliseconds followed by 10 random digits,
/// as in the IMSS sample 17399369076551325965562.
public struct Folio: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 23 digits.
    public let value: String

    public init?(_ text: String) {
        guard text.utf8.count == 23, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        value = text
    }

    private enum CodingKeys: String, CodingKey { case value }

    /// Decodes `{"value": "…"}` and checks it is 23 digits.
    public init(from decoder: any Decoder) throws {
        self = try CheckedDecoding.decode(decoder, key: "value") { Folio($0).map { .success($0) } ?? .failure(.init("Un folio son 23 dígitos.")) }
    }

    /// A new folio for the given instant, which must lie between 1970 and the year 2286
    /// (13 digits of milliseconds).
    public static func make<R: RandomNumberGenerator>(at date: Date, using rng: inout R) -> Folio {
        let millis = millisecond(containing: date)
        precondition((0..<10_000_000_000_000).contains(millis), "a folio needs a date between 1970 and 2286")
        let ms = String(millis)
        let head = String(repeating: "0", count: 13 - ms.count) + ms
        let tail = (0..<10).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        return Folio(head + tail)!
    }

    /// The last millisecond whose `instant` is not after `date`, so that `make(at: folio.issuedAt)`
    /// gives back the same 13 digits despite floating-point rounding.
    private static func millisecond(containing date: Date) -> Int64 {
        var millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        while instant(millis) > date { millis -= 1 }
        while instant(millis + 1) <= date { millis += 1 }
        return millis
    }

    private static func instant(_ millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    public static func make(at date: Date) -> Folio {
        var rng = SystemRandomNumberGenerator()
        return make(at: date, using: &rng)
    }

    public var description: String { value }

    /// The instant the first 13 digits encode.
    public var issuedAt: Date {
        Self.instant(Int64(value.prefix(13))!)
    }
}

import Foundation
import NSSCore

/// Assigns new numbers `SS AA NN CCCC D`: the configured subdelegation, this year, the birth year, the
/// next consecutive free within that `SS AA NN` prefix, and the Luhn digit. Runs inside the caller's
/// IMMEDIATE transaction, so processes take turns; the UNIQUE index on the registry's NSS is the last guard.
enum NSSAllocator {
    /// All 9 999 consecutives of a prefix are taken.
    struct PrefixExhausted: Error, CustomStringConvertible {
        var description: String { "no consecutive left in an NSS prefix" }
    }

    static func next(subdelegation: Int, registrationYear: Int, birthYear: Int, _ db: SQLTransaction) throws -> NSS {
        func number(_ consecutive: Int) -> NSS {
            NSS(subdelegation: subdelegation, registrationYear: registrationYear, birthYear: birthYear,
                consecutive: consecutive)
        }
        let prefix = String(number(0).digits.prefix(6))
        guard let highest = try RegistryTable.highestNSS(withPrefix: prefix, db).flatMap({ try? NSS($0) }) else {
            return number(1)
        }
        if highest.consecutive < 9999 { return number(highest.consecutive + 1) }
        let taken = Set(try RegistryTable.numbers(withPrefix: prefix, db).compactMap { try? NSS($0).consecutive })
        guard let free = (1...9999).first(where: { !taken.contains($0) }) else { throw PrefixExhausted() }
        return number(free)
    }
}

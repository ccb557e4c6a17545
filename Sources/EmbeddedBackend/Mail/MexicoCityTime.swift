import Foundation
import NSSCore

extension MexicoCityTime {
    /// The RFC 5322 `Date:` field, e.g. `Tue, 18 Feb 2025 21:48:27 -0600`.
    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}

import Foundation
import NSSCore

/// Dates and times as people in Mexico read them: the civil time of Mexico City (no DST since 2022).
enum MexicoCityTime {
    static let timeZone = TimeZone(identifier: "America/Mexico_City") ?? TimeZone(secondsFromGMT: -6 * 3600)!

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The calendar day of `date` in Mexico City.
    static func civilDate(_ date: Date) -> CivilDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `DD/MM/AAAA`.
    static func dayMonthYear(_ date: Date) -> String { civilDate(date).dayMonthYear }

    /// `HH:MM`, 24-hour clock.
    static func hourMinute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }

    /// The RFC 5322 `Date:` field, e.g. `Tue, 18 Feb 2025 21:48:27 -0600`.
    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}

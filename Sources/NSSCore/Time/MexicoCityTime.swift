import FoundationEssentials

/// Instants as people in Mexico and the IMSS read them: the civil time of Mexico City, whatever the
/// machine's own time zone. Without tz data it falls back to UTC−6, which Mexico City has kept all
/// year since 2022.
public enum MexicoCityTime {
    public static let zone = TimeZone(identifier: "America/Mexico_City") ?? TimeZone(secondsFromGMT: -6 * 3600)!

    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()

    /// The calendar day of `date` in Mexico City.
    public static func civilDate(_ date: Date) -> CivilDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The first instant of `day` in Mexico City.
    public static func startOfDay(_ day: CivilDate) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }

    /// `DD/MM/AAAA`.
    public static func dayMonthYear(_ date: Date) -> String { civilDate(date).dayMonthYear }

    /// `HH:MM`, 24-hour clock.
    public static func hourMinute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return CivilDate.pad(parts.hour!, 2) + ":" + CivilDate.pad(parts.minute!, 2)
    }
}

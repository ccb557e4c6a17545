import Foundation
import NSSCore

/// Instants as the IMSS prints them on its documents: Spanish month names, the form's date boxes.
extension MexicoCityTime {
    private static let months = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// The wall-clock fields of an instant in Mexico City.
    struct Fields: Equatable {
        let year, month, day, hour, minute, second: Int
        /// Seconds east of UTC in force at that instant.
        let offset: Int
    }

    static func fields(_ date: Date) -> Fields {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return Fields(year: c.year!, month: c.month!, day: c.day!, hour: c.hour!, minute: c.minute!,
                      second: c.second!, offset: zone.secondsFromGMT(for: date))
    }

    /// `18 de febrero 2025, 21:48:27`: Java's `d 'de' MMMM yyyy, HH:mm:ss` in es_MX, as the IMSS
    /// cadena original writes its "Fecha".
    static func cadena(_ date: Date) -> String {
        let f = fields(date)
        return "\(f.day) de \(months[f.month - 1]) \(f.year), \(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
    }

    /// Day, month and year as the form's "DD / MM / AAAA" boxes show them.
    static func formBoxes(_ date: Date) -> (day: String, month: String, year: String) {
        let f = fields(date)
        return (pad(f.day), pad(f.month), String(f.year))
    }

    /// `2025-02-18T21:48:27-06:00`, the form cairo takes for a PDF's creation date.
    package static func iso8601(_ date: Date) -> String {
        let f = fields(date)
        let sign = f.offset < 0 ? "-" : "+"
        let minutes = abs(f.offset) / 60
        return "\(f.year)-\(pad(f.month))-\(pad(f.day))T\(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
            + "\(sign)\(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// WinAnsiEncoding (ISO 32000-1 Annex D): Latin-1 but for 0x80–0x9F. The encoding of cairo's
/// simple fonts and of the standard fonts a PDF editor adds text with.
enum WinAnsiEncoding {
    static func character(_ code: UInt8) -> String {
        if code >= 0x80 && code <= 0x9F {
            return high[Int(code - 0x80)].map { String(Unicode.Scalar($0)!) } ?? "\u{FFFD}"
        }
        return String(Unicode.Scalar(code))
    }

    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}

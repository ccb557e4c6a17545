/// Names made comparable the way a person expects: accents, diaeresis and tilde ignored, any case,
/// surrounding and repeated spaces ignored ("María  de la O" = "MARIA DE LA O", "Núñez" = "NUNEZ").
public enum NameKey {
    public static func normalize(_ name: String?) -> String {
        guard let name else { return "" }
        return Diacritics.strip(name).uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key of a full name: given names, first and second surname (a missing surname is empty).
    public static func of(givenNames: String, firstSurname: String?, secondSurname: String?) -> String {
        [normalize(givenNames), normalize(firstSurname), normalize(secondSurname)].joined(separator: "|")
    }
}

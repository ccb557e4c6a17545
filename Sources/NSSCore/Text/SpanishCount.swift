/// A number with its noun in Spanish: «1 byte», «2 bytes», «0 bytes».
public enum SpanishCount {
    public static func of(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}

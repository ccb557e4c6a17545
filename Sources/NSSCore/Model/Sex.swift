/// Sex as the CURP records it (position 11).
public enum Sex: String, CaseIterable, Sendable, Codable {
    case hombre = "H"
    case mujer = "M"
    /// Non-binary: issued by RENAPO since 2023.
    case noBinario = "X"

    /// The word shown to the person.
    public var spanishName: String {
        switch self {
        case .hombre: "Hombre"
        case .mujer: "Mujer"
        case .noBinario: "No binario"
        }
    }
}

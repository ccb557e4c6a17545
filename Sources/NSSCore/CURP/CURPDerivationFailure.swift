/// Why a CURP cannot be derived from the data given: one specific reason, with a stable code for
/// machines and a Spanish message for people.
public enum CURPDerivationFailure: Error, Hashable, Sendable {
    /// The given names have no letter at all.
    case emptyGivenNames
    /// `character` cannot appear in a name (only letters, spaces and / - . ' ´ ’ can).
    case characterNotAllowed(field: NameField, character: Character)
    /// Position 17 only encodes births from 1900 to 2099.
    case birthYearOutOfRange(year: Int)
    /// The homonymy character does not fit the century: 0–9 up to 1999, A–J from 2000.
    case homonymy(character: Character, birthYear: Int)

    /// Which part of the name a failure is about.
    public enum NameField: String, Hashable, Sendable, CaseIterable {
        case givenNames, firstSurname, secondSurname

        /// "el nombre", "el primer apellido", "el segundo apellido".
        public var spanish: String {
            switch self {
            case .givenNames: "el nombre"
            case .firstSurname: "el primer apellido"
            case .secondSurname: "el segundo apellido"
            }
        }
    }

    /// A stable, machine-readable reason code.
    public var code: String {
        switch self {
        case .emptyGivenNames: "nombre-vacio"
        case .characterNotAllowed: "caracter"
        case .birthYearOutOfRange: "fecha"
        case .homonymy: "homonimia"
        }
    }

    /// What is wrong, in Spanish, specific enough to fix it.
    public var message: String {
        switch self {
        case .emptyGivenNames:
            return "Escribe tu nombre o nombres: la CURP no se puede formar sin él."
        case .characterNotAllowed(let field, let character):
            return "El carácter «\(CURPFailure.printable(character))» no puede ir en \(field.spanish): "
                + "sólo letras, espacios y los signos / - . ' ´ ’."
        case .birthYearOutOfRange(let year):
            return "La CURP sólo admite nacimientos de 1900 a 2099; el año \(year) queda fuera."
        case .homonymy(let character, let year):
            let range = year < 2000 ? "un dígito del 0 al 9 (nacidos hasta 1999)" : "una letra de la A a la J (nacidos desde 2000)"
            return "La posición 17 de alguien nacido en \(year) es \(range), no «\(CURPFailure.printable(character))»."
        }
    }
}

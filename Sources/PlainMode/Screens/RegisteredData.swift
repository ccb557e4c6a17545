import NSSCore
import Wizard

/// Paso 1's greeting and the data the registry holds for the CURP, one datum a line, as the screen
/// lists them.
enum RegisteredData {
    static func lines(for person: PersonRecord) -> [String] {
        [StartProcedureWording.welcome(person), StartProcedureWording.review]
            + StartProcedureWording.data(of: person).map { "\($0.label): \($0.value)" }
    }
}

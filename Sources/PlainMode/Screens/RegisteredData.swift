import NSSCore

/// Paso 1's greeting and the data the registry holds for the CURP, one datum a line.
enum RegisteredData {
    static func lines(for person: PersonRecord) -> [String] {
        var lines = ["Bienvenido: \(person.fullName)", "Datos registrados para tu CURP:", "CURP: \(person.curp.value)",
                     "Nombre(s): \(person.givenNames)"]
        if let first = person.firstSurname, !first.isEmpty { lines.append("Primer apellido: \(first)") }
        if let second = person.secondSurname, !second.isEmpty { lines.append("Segundo apellido: \(second)") }
        lines += ["Sexo: \(person.sex.spanishName)", "Fecha de nacimiento: \(person.birthDate.dayMonthYear)",
                  "Entidad de nacimiento: \(person.birthState.name)"]
        return lines
    }
}

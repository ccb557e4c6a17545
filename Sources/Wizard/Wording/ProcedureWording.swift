import NSSCore

/// What Paso 6 (Iniciar trámite) says: the person's data as the registry holds them.
public enum StartProcedureWording {
    public static func welcome(_ person: PersonRecord) -> String { "Bienvenido: \(person.fullName)" }
    public static let review = "Revisa tus datos, tal como están registrados para tu CURP:"
    public static let twoSteps = "El trámite tiene dos pasos: Paso 1, Iniciar trámite; Paso 2, Finalizar trámite."

    /// Each datum with its label, in the order both front ends show them (an empty surname left out).
    public static func data(of person: PersonRecord) -> [(label: String, value: String)] {
        var rows = [("CURP", person.curp.value), ("Nombre(s)", person.givenNames)]
        if let first = person.firstSurname, !first.isEmpty { rows.append(("Primer apellido", first)) }
        if let second = person.secondSurname, !second.isEmpty { rows.append(("Segundo apellido", second)) }
        return rows + [("Sexo", person.sex.spanishName), ("Fecha de nacimiento", person.birthDate.dayMonthYear),
                       ("Entidad de nacimiento", person.birthState.name)]
    }

    public static let help = "Revisa que los datos sean los tuyos, tal como están registrados para tu CURP, y "
        + "elige «Iniciar trámite». Si algo no es correcto, sal y acude a tu oficina del Registro Civil o del IMSS."
}

/// What Paso 7 (Finalizar trámite) says: whether the NSS is found or assigned.
public enum FinishProcedureWording {
    public static func explanation(_ kind: ProcedureKind) -> String {
        switch kind {
        case .localizacion:
            "Tu CURP ya tiene un Número de Seguridad Social: lo localizaremos y te lo enviaremos por correo con tus documentos."
        case .asignacion:
            "Tu CURP todavía no tiene un Número de Seguridad Social: te asignaremos uno nuevo y te lo enviaremos "
                + "por correo con tus documentos."
        }
    }

    public static let registered = "Al finalizar el trámite quedará registrado con la fecha de hoy."

    public static let help = "Elige «Finalizar trámite» para obtener tu Número de Seguridad Social: si tu CURP ya "
        + "tiene uno, lo localizamos; si no, te asignamos uno nuevo. En los dos casos te lo enviamos por correo con "
        + "tus documentos."
}

/// What Paso 8 (the NSS) says, besides `WizardState.resultEmailSentence`.
public enum ResultWording {
    public static let heading = "Tu NSS es:"
    public static let help = "Este es tu Número de Seguridad Social (NSS); también te lo enviamos por correo. Elige "
        + "«Ver documentos» para ver la constancia y la tarjeta con tu NSS."
}

import NSSCore

/// What Paso 6 (Iniciar trámite) says: the person's data as the registry holds them.
public enum StartProcedureWording {
    public static func welcome(_ person: PersonRecord) -> String { Phrase.startWelcome.text(["nombre": person.fullName]) }
    public static var review: String { Phrase.startReview.text }
    public static var twoSteps: String { Phrase.startTwoSteps.text }

    /// Each datum with its label, in the order both front ends show them (an empty surname left out).
    public static func data(of person: PersonRecord) -> [(label: String, value: String)] {
        var rows = [(Phrase.startLabelCurp.text, person.curp.value), (Phrase.startLabelGivenNames.text, person.givenNames)]
        if let first = person.firstSurname, !first.isEmpty { rows.append((Phrase.startLabelFirstSurname.text, first)) }
        if let second = person.secondSurname, !second.isEmpty { rows.append((Phrase.startLabelSecondSurname.text, second)) }
        return rows + [(Phrase.startLabelSex.text, sexName(person.sex)),
                       (Phrase.startLabelBirthDate.text, person.birthDate.dayMonthYear),
                       (Phrase.startLabelBirthState.text, person.birthState.name)]
    }

    /// The sex as the screens name it (the documents, official, always in Spanish).
    static func sexName(_ sex: Sex) -> String {
        switch sex {
        case .hombre: Phrase.sexMan.text
        case .mujer: Phrase.sexWoman.text
        case .noBinario: Phrase.sexNonbinary.text
        }
    }

    public static var help: String { Phrase.startHelp.text }
}

/// What Paso 7 (Finalizar trámite) says: whether the NSS is found or assigned.
public enum FinishProcedureWording {
    public static func explanation(_ kind: ProcedureKind) -> String {
        switch kind {
        case .localizacion: Phrase.finishLocalizacion.text
        case .asignacion: Phrase.finishAsignacion.text
        }
    }

    /// «Asignación de NSS», as the screens name the procedure (the documents' «tipo de trámite» stays Spanish).
    public static func kindName(_ kind: ProcedureKind) -> String {
        switch kind {
        case .localizacion: Phrase.procedureLocalizacion.text
        case .asignacion: Phrase.procedureAsignacion.text
        }
    }

    public static var registered: String { Phrase.finishRegistered.text }

    public static var help: String { Phrase.finishHelp.text }
}

/// What Paso 8 (the NSS) says, besides `WizardState.resultEmailSentence`.
public enum ResultWording {
    public static var heading: String { Phrase.resultHeading.text }
    public static var help: String { Phrase.resultHelp.text }
}

/// Where an application stopped, as far as the backend knows: the screen a resumed procedure goes on
/// at. Screens 1 to 4 are never a stage: nothing of them reaches the backend before the captcha is sent.
public enum ProcedureStage: String, Hashable, Sendable, Codable, CaseIterable {
    /// Screen 5: the confirmation email was sent and not yet confirmed.
    case waitingForConfirmation
    /// Screen 5, confirmed: Paso 1 is the next step (the wizard takes it by itself).
    case confirmed
    /// Screen 6: Paso 1 · Iniciar trámite was taken.
    case startProcedure
    /// Screen 7: the person went on to Paso 2 · Finalizar trámite and did not press it yet.
    case finishProcedure
    /// Screen 8: Paso 2 was taken; the NSS and folio are stored.
    case result
    /// Screen 9: the person went on to the documents.
    case documents

    /// The screen's number in «Paso n de 9».
    public var screen: Int {
        switch self {
        case .waitingForConfirmation, .confirmed: 5
        case .startProcedure: 6
        case .finishProcedure: 7
        case .result: 8
        case .documents: 9
        }
    }
}

/// What the wizard tells the backend about an application beyond the backend's own steps: which of the
/// screens that make no call the person reached (so a resumed procedure lands on it), and that the
/// person left it on purpose (Salir, Terminar, the idle wipe, «Cambiar correo»): it is offered no more.
public enum ApplicationProgress: String, Hashable, Sendable, Codable, CaseIterable {
    case startProcedure
    case finishProcedure
    case result
    case documents
    case left
}

/// The nine screens of the procedure, in flow order (DESIGN.md §1).
public enum Step: Int, CaseIterable, Sendable, Comparable {
    case curp = 1
    case email
    case emailConfirmation
    case captcha
    case waitingForLink
    case startProcedure
    case finishProcedure
    case result
    case documents

    /// "Paso n de 9".
    public var number: Int { rawValue }
    public static let count = allCases.count

    /// The screen's title, in the seed's words.
    public var title: String {
        switch self {
        case .curp: "Ingresa tu CURP"
        case .email: "Correo electrónico"
        case .emailConfirmation: "Confirma tu correo electrónico"
        case .captcha: "Ingresa los caracteres del cuadro"
        case .waitingForLink: "Revisa tu correo"
        case .startProcedure: "Paso 1 · Iniciar trámite"
        case .finishProcedure: "Paso 2 · Finalizar trámite"
        case .result: "Tu Número de Seguridad Social"
        case .documents: "Documentos"
        }
    }

    public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
}

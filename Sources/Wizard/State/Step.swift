import NSSCore

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
        case .curp: Phrase.stepCurp.text
        case .email: Phrase.stepEmail.text
        case .emailConfirmation: Phrase.stepEmailConfirmation.text
        case .captcha: Phrase.stepCaptcha.text
        case .waitingForLink: Phrase.stepWaiting.text
        case .startProcedure: Phrase.stepStart.text
        case .finishProcedure: Phrase.stepFinish.text
        case .result: Phrase.stepResult.text
        case .documents: Phrase.stepDocuments.text
        }
    }

    /// «Paso 3 de 9».
    public var counted: String { Phrase.stepCount.text(["n": String(number), "total": String(Self.count)]) }

    public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
}

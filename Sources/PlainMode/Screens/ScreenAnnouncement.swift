import NSSCore
import Wizard

/// What plain mode says when a screen opens: "Paso n de 9: título", then what the screen shows, one
/// self-contained line at a time, in the wizard's words (the screens draw the same ones). The prompts
/// follow separately; the line mode's own commands are said where a screen would show a button.
enum ScreenAnnouncement {
    static func lines(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        if let choice = state.resumeChoice {
            guard let applications = choice.applications else { return [ResumeWording.searching + "…"] }
            return [ResumeWording.title, ResumeWording.intro(escape: "pulsa Enter")]
                + applications.enumerated().map { "\($0.offset + 1). \(ResumeWording.spoken($0.element))" }
                + [ResumeWording.expired(choice.expired), ResumeWording.draftsNote].compactMap { $0 }
        }
        if state.lookup != nil {
            return ["Paso 1 de \(Step.count): \(LookupWording.title)", LookupWording.intro,
                    "Escribe \(Command.back.typed) para volver sin buscar."]
        }
        return ["Paso \(state.step.number) de \(Step.count): \(state.step.title)"]
            + body(for: state, testCaptchaAnswer: testCaptchaAnswer)
    }

    static func body(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        switch state.step {
        case .curp:
            return [CURPWording.youWillNeed] + CURPWording.needed.map { "• \($0)." } + [CURPWording.ask,
                    "¿No te sabes tu CURP? Escribe \(Command.search.typed) para buscarla con tus datos."]
        case .email:
            return [EmailWording.ask, EmailWording.promise(carriesLink: state.confirmationCarriesLink)]
        case .emailConfirmation:
            return [EmailConfirmationWording.ask]
        case .captcha:
            let intro = [CaptchaChoice.intro(state.captchaKind),
                         CaptchaWording.afterwards(carriesLink: state.confirmationCarriesLink)]
            guard let captcha = state.captcha else { return intro }
            return intro + CaptchaReading.lines(for: captcha, testAnswer: testCaptchaAnswer)
        case .waitingForLink:
            guard let ticket = state.ticket else { return [] }
            return waiting(for: ticket)
        case .startProcedure:
            guard let person = state.person else { return [] }
            return RegisteredData.lines(for: person) + [StartProcedureWording.twoSteps]
        case .finishProcedure:
            guard let kind = state.procedureKindExpected else { return [] }
            return [FinishProcedureWording.explanation(kind), "(\(kind.tramiteName))", FinishProcedureWording.registered]
        case .result:
            guard let result = state.result else { return [] }
            return ["\(ResultWording.heading) \(result.nss.formatted)", "Tipo de trámite: \(result.kind.tramiteName).",
                    "Folio: \(result.folio.value)",
                    state.resultEmailSentence]
        case .documents:
            return state.documents.isEmpty ? [] : DocumentList.lines(in: state)
        }
    }

    static func waiting(for ticket: ApplicationTicket) -> [String] {
        let expiry = MexicoCityTime.hourMinute(ticket.expiresAt)
        return [WaitingWording.sent(ticket) + "."]
            + WaitingWording.how(carriesLink: ticket.carriesLink)
            + ["\(WaitingWording.expires(carriesLink: ticket.carriesLink)) a las \(expiry).",
               "Te avisaremos aquí en cuanto se confirme tu correo.",
               "Escribe \(Command.resend.typed) si no te llega el correo, o \(Command.changeEmail.typed) para usar otro correo."]
    }
}

import NSSCore
import Wizard

/// What plain mode says when a screen opens: "Paso n de 9: título", then what the screen shows, one
/// self-contained line at a time, in the wizard's words (the screens draw the same ones). The prompts
/// follow separately; the line mode's own commands are said where a screen would show a button.
enum ScreenAnnouncement {
    static func lines(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        if let choice = state.resumeChoice {
            guard let applications = choice.applications else { return [ResumeWording.searching + "…"] }
            return [ResumeWording.title, ResumeWording.intro(lineMode: true)]
                + applications.enumerated().map { "\($0.offset + 1). \(ResumeWording.spoken($0.element))" }
                + [ResumeWording.expired(choice.expired), ResumeWording.draftsNote].compactMap { $0 }
        }
        if state.lookup != nil {
            return [Phrase.lineStep.text(["paso": Step.curp.counted, "titulo": LookupWording.title]), LookupWording.intro,
                    Phrase.lineLookupBack.text(["orden": Command.back.typed])]
        }
        return [Phrase.lineStep.text(["paso": state.step.counted, "titulo": state.step.title])]
            + body(for: state, testCaptchaAnswer: testCaptchaAnswer)
    }

    static func body(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        switch state.step {
        case .curp:
            return [CURPWording.youWillNeed] + CURPWording.needed.map { "• \($0)." } + [CURPWording.ask,
                    Phrase.lineLookupOffer.text(["orden": Command.search.typed])] + languageOffers(state)
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
            return [FinishProcedureWording.explanation(kind), "(\(FinishProcedureWording.kindName(kind)))", FinishProcedureWording.registered]
        case .result:
            guard let result = state.result else { return [] }
            return ["\(ResultWording.heading) \(result.nss.formatted)", Phrase.lineKind.text(["tipo": FinishProcedureWording.kindName(result.kind)]),
                    Phrase.lineFolio.text(["folio": result.folio.value]),
                    state.resultEmailSentence]
        case .documents:
            return state.documents.isEmpty ? [] : DocumentList.lines(in: state)
        }
    }

    static func waiting(for ticket: ApplicationTicket) -> [String] {
        let expiry = MexicoCityTime.hourMinute(ticket.expiresAt)
        return [WaitingWording.sent(ticket) + "."]
            + WaitingWording.how(carriesLink: ticket.carriesLink)
            + [Phrase.lineExpiresAt.text(["vence": WaitingWording.expires(carriesLink: ticket.carriesLink), "hora": expiry]),
               Phrase.lineWillTell.text,
               Phrase.lineWaitingCommands.text(["reenviar": Command.resend.typed, "cambiar": Command.changeEmail.typed])]
    }

    /// On the first question: how to switch to each other language the office offers, said in that
    /// language («For English, type :english»).
    static func languageOffers(_ state: WizardState) -> [String] {
        guard state.canSwitchLanguage else { return [] }
        return state.configuration.languages.offered.filter { $0.code != state.language.code }.map { language in
            Placeholders.fill(language.text(.languageOffer), ["orden": language.text(.languageCommand)])
        }
    }
}

/// The fields and buttons of each screen, in the order Tab visits them.
enum FocusOrder {
    static func items(for state: WizardState) -> [Focusable] {
        if let choice = state.resumeChoice {
            let rows = (choice.applications ?? []).indices.map { Focusable.action(.resumeApplication($0)) }
            return rows + [.action(.startNew), .action(.exit)]
        }
        if state.step == .curp, let lookup = state.lookup {
            var items = LookupForm.fields.map(Focusable.field) + [.action(.searchLookup)]
            items += (lookup.matches ?? []).indices.map { .action(.chooseMatch($0)) }
            return items + [.action(.closeLookup)]
        }
        switch state.step {
        case .curp:
            return [.field(.curp), .action(.openLookup), .action(.next), .action(.exit)]
        case .email:
            // The correction is offered once the person left the email or pressed Continuar, not while typing.
            let offered = state.emailSuggestion != nil
                && (state.checked.contains(.email) || state.emailSuggestionOffered == state.text(.email))
            let suggestion: [Focusable] = offered ? [.action(.useEmailSuggestion)] : []
            return [.field(.email)] + suggestion + [.action(.next), .action(.back), .action(.exit)]
        case .emailConfirmation:
            return [.field(.emailConfirmation), .action(.next), .action(.back), .action(.exit)]
        case .captcha:
            return [.field(.captchaAnswer), .action(.refreshCaptcha), .action(.next), .action(.back), .action(.exit)]
        case .waitingForLink:
            return [.field(.confirmationCode), .action(.confirmCode), .action(.resendEmail), .action(.changeEmail),
                    .action(.exit)]
        case .startProcedure:
            return [.action(.next), .action(.exit)]
        case .finishProcedure:
            return [.action(.next), .action(.back), .action(.exit)]
        case .result:
            return [.action(.next), .action(.exit)]
        case .documents:
            // «Guardar» first even while the documents load: with «Terminar» first, the Enter that
            // brought the person here, pressed once more, would end the session unsaved.
            if state.phoneLinks != nil {
                return [.action(.nextPhoneLink), .action(.closePhoneLinks), .action(.exit)]
            }
            // «Llevar a mi teléfono» only where a phone can reach the links: the backend has a public
            // address, which its confirmation email showed by carrying a link.
            let phone: [Focusable] = state.ticket?.carriesLink == true ? [.action(.phoneLinks)] : []
            return [.action(.saveDocuments), .action(.printDocuments), .action(.emailDocuments)] + phone
                + [.action(.finish), .action(.back), .action(.exit)]
        }
    }

    /// Where focus lands when a screen opens: its first item.
    static func first(for state: WizardState) -> Focusable {
        items(for: state).first ?? .action(.exit)
    }
}

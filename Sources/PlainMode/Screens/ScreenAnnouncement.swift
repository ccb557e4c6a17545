import NSSCore
import Wizard

/// What plain mode says when a screen opens: "Paso n de 9: título", then what the screen shows, one
/// self-contained line at a time. The prompts follow separately.
enum ScreenAnnouncement {
    static func lines(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        if state.lookup != nil {
            return ["Paso 1 de \(Step.count): ¿No te sabes tu CURP?",
                    "Busca tu CURP con tus datos, como aparecen en tu acta de nacimiento.",
                    "Escribe :atras para volver sin buscar."]
        }
        return ["Paso \(state.step.number) de \(Step.count): \(state.step.title)"]
            + body(for: state, testCaptchaAnswer: testCaptchaAnswer)
    }

    static func body(for state: WizardState, testCaptchaAnswer: String?) -> [String] {
        switch state.step {
        case .curp:
            return ["Escribe tu Clave Única de Registro de Población (CURP): 18 letras y números.",
                    "¿No te sabes tu CURP? Escribe :buscar para buscarla con tus datos."]
        case .email:
            return ["Escribe tu correo electrónico, el cual será asociado a tu CURP."]
        case .emailConfirmation:
            return ["Escribe otra vez tu correo electrónico para confirmarlo."]
        case .captcha:
            let intro = CaptchaChoice.intro(state.captchaKind)
            guard let captcha = state.captcha else { return [intro] }
            return [intro] + CaptchaReading.lines(for: captcha, testAnswer: testCaptchaAnswer)
        case .waitingForLink:
            guard let ticket = state.ticket else { return [] }
            return waiting(for: ticket)
        case .startProcedure:
            guard let person = state.person else { return [] }
            return RegisteredData.lines(for: person)
                + ["El trámite tiene dos pasos: Paso 1, Iniciar trámite; Paso 2, Finalizar trámite."]
        case .finishProcedure:
            switch state.procedureKindExpected {
            case .asignacion:
                return ["No tienes un Número de Seguridad Social: al finalizar el trámite se te asignará uno "
                        + "(Asignación de NSS)."]
            case .localizacion:
                return ["Ya tienes un Número de Seguridad Social: al finalizar el trámite lo localizaremos "
                        + "(Localización de NSS)."]
            case nil:
                return []
            }
        case .result:
            guard let result = state.result else { return [] }
            return ["Tu NSS es: \(result.nss.formatted)", "Tipo de trámite: \(result.kind.tramiteName).",
                    "Folio: \(result.folio.value)",
                    state.resultEmailSentence]
        case .documents:
            return state.documents.isEmpty ? [] : DocumentList.lines(for: state.documents)
        }
    }

    static func waiting(for ticket: ApplicationTicket) -> [String] {
        let expiry = MexicoCityTime.hourMinute(ticket.expiresAt)
        let resend = "Escribe :reenviar si no te llega el correo, o :cambiar para usar otro correo."
        let notify = "Te avisaremos aquí en cuanto se confirme tu correo."
        if ticket.carriesLink {
            return ["Para continuar con su trámite le hemos enviado una liga de confirmación a su correo "
                    + "electrónico: \(ticket.maskedEmail).",
                    "Abre la liga del correo, o escribe aquí el código de 8 caracteres que trae el mismo correo.",
                    "La liga y el código vencen a las \(expiry).", notify, resend]
        }
        return ["Para continuar con su trámite le hemos enviado un código de confirmación a su correo "
                + "electrónico: \(ticket.maskedEmail).",
                "Escribe aquí el código de 8 caracteres que trae el correo.",
                "El código vence a las \(expiry).", notify, resend]
    }
}

import NSSCore

/// What the resume list says (`nss-kiosk --resume`), once for both front ends: the applications of this
/// account that were cut short, each by its stage, folio, masked CURP and masked email.
public enum ResumeWording {
    public static let title = "Continuar un trámite"

    public static let searching = "Buscando los trámites que esta cuenta dejó sin terminar"

    /// Over the list; `escape` names how a new procedure is started instead (Esc, or Enter in the line mode).
    public static func intro(escape: String) -> String {
        "Estos trámites de esta cuenta se interrumpieron. Elige uno para seguir donde se quedó, o \(escape) "
            + "para empezar uno nuevo."
    }

    /// What a hang-up on screens 1 to 4 keeps: nothing (no draft is written anywhere).
    public static let draftsNote = "Lo escrito antes de enviar el captcha (pasos 1 a 4) no se guarda."

    /// The stage, as the list and the line mode name it.
    public static func stage(_ stage: ProcedureStage) -> String {
        switch stage {
        case .waitingForConfirmation: "Esperando la confirmación del correo"
        case .confirmed: "Correo confirmado"
        case .startProcedure: "Paso 1 · Iniciar trámite"
        case .finishProcedure: "Paso 2 · Finalizar trámite"
        case .result: "Tu Número de Seguridad Social"
        case .documents: "Documentos"
        }
    }

    /// The first line of an application in the list: its stage, and its folio when it has one.
    public static func headline(_ application: OpenApplication) -> String {
        stage(application.stage) + (application.folio.map { " · folio \($0.value)" } ?? "")
    }

    /// «vence 14:05»: until when it can be taken up.
    public static func until(_ application: OpenApplication) -> String {
        "vence \(MexicoCityTime.hourMinute(application.resumableUntil))"
    }

    /// The second line: the masked CURP and email.
    public static func whose(_ application: OpenApplication) -> String {
        "CURP \(application.maskedCURP)  correo \(application.maskedEmail)"
    }

    /// One application as the line mode says it: the masks in words a screen reader reads well.
    public static func spoken(_ application: OpenApplication) -> String {
        "\(headline(application)). CURP que empieza con \(application.maskedCURP.prefix { $0 != "*" }), "
            + "\(spokenEmail(application.maskedEmail)). Se puede continuar hasta las "
            + "\(MexicoCityTime.hourMinute(application.resumableUntil))."
    }

    /// `pe***@gmail.com` as «correo que empieza con pe, en gmail.com».
    static func spokenEmail(_ masked: String) -> String {
        guard let at = masked.firstIndex(of: "@") else { return "correo \(masked)" }
        let start = masked[..<at].prefix { $0 != "*" }
        return "correo que empieza con \(start), en \(masked[masked.index(after: at)...])"
    }

    /// Under a list longer than the screen: which ones show.
    public static func window(first: Int, last: Int, of count: Int) -> String {
        "Trámites \(first) a \(last) de \(count): Tab y las flechas muestran los demás."
    }

    /// Said under the list: the applications of the last day that expired, which are not offered.
    public static func expired(_ count: Int) -> String? {
        switch count {
        case 0: nil
        case 1: "Otro trámite venció: su liga y su código ya no sirven."
        default: "Otros \(count) trámites vencieron: sus ligas y sus códigos ya no sirven."
        }
    }

    /// When there is nothing to take up: the CURP screen says why, then the procedure starts anew.
    public static func nothingToResume(expired count: Int) -> String {
        "No hay trámites para continuar en esta cuenta. "
            + (expired(count).map { $0 + " " } ?? "")
            + "Lo escrito antes de enviar el captcha no se guarda: empieza de nuevo aquí."
    }

    /// On the screen where the application goes on.
    public static let resumed = "Seguimos con tu trámite donde se quedó."

    /// The chosen application's link expired between the list and the choice.
    public static let expiredNow = "Ese trámite acaba de vencer: su liga y su código ya no sirven. Elige otro o empieza uno nuevo."

    public static let help = "Aquí están los trámites que esta cuenta empezó en este equipo y que se "
        + "interrumpieron (se cortó la conexión, se cerró la ventana o el programa falló). Por privacidad, la CURP y "
        + "el correo se muestran solo en parte.\nElige uno para seguir en la pantalla donde se quedó: no se envía "
        + "otro correo ni se repite ningún paso. Un trámite se puede continuar mientras su liga y su código sigan "
        + "vigentes; los que terminaste, o de los que saliste, ya no aparecen.\nLo que se escribe antes de enviar "
        + "el captcha (pasos 1 a 4) no se guarda: si se interrumpió ahí, empieza uno nuevo."
}

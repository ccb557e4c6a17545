import NSSCore

/// What the resume list says (`nss-kiosk --resume`), once for both front ends: the applications of this
/// account that were cut short, each by its stage, folio, masked CURP and masked email.
public enum ResumeWording {
    public static var title: String { Phrase.resumeTitle.text }

    public static var searching: String { Phrase.resumeSearching.text }

    /// Over the list: the screen starts a new procedure with Esc, the line mode with Enter alone.
    public static func intro(lineMode: Bool) -> String {
        lineMode ? Phrase.resumeIntroLine.text : Phrase.resumeIntroScreen.text
    }

    /// What a hang-up on screens 1 to 4 keeps: nothing (no draft is written anywhere).
    public static var draftsNote: String { Phrase.resumeDraftsNote.text }

    /// The stage, as the list and the line mode name it.
    public static func stage(_ stage: ProcedureStage) -> String {
        switch stage {
        case .waitingForConfirmation: Phrase.resumeStageWaiting.text
        case .confirmed: Phrase.resumeStageConfirmed.text
        case .startProcedure: Phrase.resumeStageStart.text
        case .finishProcedure: Phrase.resumeStageFinish.text
        case .result: Phrase.resumeStageResult.text
        case .documents: Phrase.resumeStageDocuments.text
        }
    }

    /// The first line of an application in the list: its stage, and its folio when it has one.
    public static func headline(_ application: OpenApplication) -> String {
        guard let folio = application.folio else { return stage(application.stage) }
        return Phrase.resumeWithFolio.text(["etapa": stage(application.stage), "folio": folio.value])
    }

    /// «vence 14:05»: until when it can be taken up.
    public static func until(_ application: OpenApplication) -> String {
        Phrase.resumeUntil.text(["hora": MexicoCityTime.hourMinute(application.resumableUntil)])
    }

    /// The second line: the masked CURP and email.
    public static func whose(_ application: OpenApplication) -> String {
        Phrase.resumeWhose.text(["curp": application.maskedCURP, "correo": application.maskedEmail])
    }

    /// One application as the line mode says it: the masks in words a screen reader reads well.
    public static func spoken(_ application: OpenApplication) -> String {
        Phrase.resumeSpoken.text(["titulo": headline(application),
                                  "curp": String(application.maskedCURP.prefix { $0 != "*" }),
                                  "correo": spokenEmail(application.maskedEmail),
                                  "hora": MexicoCityTime.hourMinute(application.resumableUntil)])
    }

    /// `pe***@gmail.com` as «correo que empieza con pe, en gmail.com».
    static func spokenEmail(_ masked: String) -> String {
        guard let at = masked.firstIndex(of: "@") else { return Phrase.resumeSpokenEmailWhole.text(["correo": masked]) }
        let start = masked[..<at].prefix { $0 != "*" }
        return Phrase.resumeSpokenEmail.text(["inicio": String(start), "dominio": String(masked[masked.index(after: at)...])])
    }

    /// Under a list longer than the screen: which ones show.
    public static func window(first: Int, last: Int, of count: Int) -> String {
        Phrase.resumeWindow.text(["primero": String(first), "ultimo": String(last), "total": String(count)])
    }

    /// Said under the list: the applications of the last day that expired, which are not offered.
    public static func expired(_ count: Int) -> String? {
        switch count {
        case 0: nil
        case 1: Phrase.resumeExpiredOne.text
        default: Phrase.resumeExpiredMany.text(["n": String(count)])
        }
    }

    /// When there is nothing to take up: the CURP screen says why, then the procedure starts anew.
    public static func nothingToResume(expired count: Int) -> String {
        Phrase.resumeNothing.text(["vencidos": expired(count).map { $0 + " " } ?? ""])
    }

    /// On the screen where the application goes on.
    public static var resumed: String { Phrase.resumeResumed.text }

    /// The chosen application's link expired between the list and the choice.
    public static var expiredNow: String { Phrase.resumeExpiredNow.text }

    public static var help: String { Phrase.resumeHelp.text }
}

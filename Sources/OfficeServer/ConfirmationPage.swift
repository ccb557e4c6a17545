import EmbeddedBackend
import NSSCore

/// The page a phone shows when the person opens the link of the confirmation email: in the language of
/// the application (`phone.*` of its catalogue), large text that fits a small screen, nothing loaded from
/// elsewhere, and every text escaped.
struct ConfirmationPage: Equatable {
    /// The heading, and the browser tab's title.
    let title: String
    let paragraphs: [String]
    /// Whether the news is good (the email is confirmed, now or before).
    let confirmed: Bool
    let catalogue: Catalogue

    /// What the page says for a link opened with this outcome.
    static func after(_ opening: LinkOpening, in catalogue: Catalogue) -> ConfirmationPage {
        let say = { (phrase: Phrase) in catalogue.text(phrase) }
        let (title, paragraphs, confirmed): (Phrase, [Phrase], Bool) = switch opening {
        case .confirmed: (.phoneConfirmedTitle, [.phoneConfirmed, .phoneConfirmedNext], true)
        case .alreadyConfirmed: (.phoneAlreadyConfirmedTitle, [.phoneAlreadyConfirmed, .phoneAlreadyConfirmedNext], true)
        case .expired: (.phoneExpiredTitle, [.phoneExpired, .phoneExpiredNext], false)
        case .replaced: (.phoneReplacedTitle, [.phoneReplaced, .phoneReplacedNext], false)
        case .curpHasAnotherEmail: (.phoneAnotherEmailTitle, [.phoneAnotherEmail, .phoneAnotherEmailNext], false)
        case .unknown: (.phoneUnknownTitle, [.phoneUnknownLink, .phoneTypeCodeInstead], false)
        }
        return ConfirmationPage(title: say(title), paragraphs: paragraphs.map(say), confirmed: confirmed, catalogue: catalogue)
    }

    /// When the store could not be reached.
    static func failure(reference: String, in catalogue: Catalogue) -> ConfirmationPage {
        ConfirmationPage(title: catalogue.text(.phoneFailureTitle), paragraphs: [
            catalogue.text(.phoneFailure, ["referencia": reference]), catalogue.text(.phoneTypeCodeInstead),
        ], confirmed: false, catalogue: catalogue)
    }

    /// The whole page.
    var html: String { PhonePage(title: title, paragraphs: paragraphs, good: confirmed, catalogue: catalogue).html }
}

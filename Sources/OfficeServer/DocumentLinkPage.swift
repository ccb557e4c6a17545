import EmbeddedBackend
import NSSCore

/// What a phone shows at a document's link, in the language of its application: the document and a
/// button that takes it (a preview of the link, which only reads the page, spends nothing), or why the
/// link works no more. The document's name stays Spanish, as the document itself.
enum DocumentLinkPage {
    static func page(_ state: DocumentLinkState, in catalogue: Catalogue) -> PhonePage {
        let buttons: KeyValuePairs = ["telefono": catalogue.text(.buttonPhoneLinks), "copia": catalogue.text(.buttonEmailCopy)]
        return switch state {
        case .ready(let kind, let folio, let expiresAt):
            PhonePage(title: kind.title, paragraphs: [
                catalogue.text(.phoneDocumentFolio, ["folio": folio.value]),
                catalogue.text(.phoneDocumentOnce, ["hora": MexicoCityTime.hourMinute(expiresAt)]),
                catalogue.text(.phoneDocumentKeep),
            ], good: true, catalogue: catalogue, button: catalogue.text(.phoneDocumentDownload))
        case .used:
            PhonePage(title: catalogue.text(.phoneDocumentUsedTitle), paragraphs: [
                catalogue.text(.phoneDocumentUsed), catalogue.text(.phoneDocumentUsedNext, buttons),
            ], good: false, catalogue: catalogue)
        case .expired:
            PhonePage(title: catalogue.text(.phoneExpiredTitle), paragraphs: [
                catalogue.text(.phoneExpired), catalogue.text(.phoneDocumentExpiredNext, buttons),
            ], good: false, catalogue: catalogue)
        case .unknown:
            PhonePage(title: catalogue.text(.phoneUnknownTitle), paragraphs: [catalogue.text(.phoneDocumentUnknown)],
                      good: false, catalogue: catalogue)
        }
    }

    /// When the store could not be reached.
    static func failure(reference: String, in catalogue: Catalogue) -> PhonePage {
        PhonePage(title: catalogue.text(.phoneDocumentFailureTitle),
                  paragraphs: [catalogue.text(.phoneDocumentFailure, ["referencia": reference])], good: false,
                  catalogue: catalogue)
    }
}

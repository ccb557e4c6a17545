import NSSCore
import Wizard

/// «:telefono» in the line mode: the links for the phone, one a line, to be typed in its browser (the
/// full screen shows them as QR codes).
enum PhoneLinkList {
    static func lines(for links: [DocumentLink]) -> [String] {
        guard let expiry = links.map(\.expiresAt).min() else { return [] }
        return [Phrase.linePhoneLinksHeading.text(["hora": MexicoCityTime.hourMinute(expiry)])]
            + links.enumerated().map { index, link in
                Phrase.linePhoneLinkItem.text(["n": String(index + 1), "documento": link.kind.title, "liga": link.url])
            }
            + [Phrase.linePhoneLinksOpen.text]
    }
}

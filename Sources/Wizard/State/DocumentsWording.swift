import NSSCore

/// What the documents screen says about the documents' use, once for both front ends.
public enum DocumentsWording {
    /// The procedure's own last instruction, in the seed's words.
    public static var attachInstruction: String { Phrase.documentsAttach.text }

    /// What that instruction means, which the web procedure never says: the NSS was asked for by another
    /// procedure, whose office gives the «ficha» once the constancia is attached there.
    public static var fichaExplanation: String { Phrase.documentsFicha.text }

    /// «Tienes 2 documentos:», before the list.
    public static func count(_ n: Int) -> String {
        n == 1 ? Phrase.documentsCountOne.text : Phrase.documentsCountMany.text(["n": String(n)])
    }

    /// What the links view says beside the code of `link`, the `index`-th of `count`.
    public static func phoneLinkLines(_ link: DocumentLink, index: Int, count: Int) -> [String] {
        [
            Phrase.documentsPhoneLinkPosition.text(["n": String(index + 1), "total": String(count)]) + "\n" + link.kind.title,
            Phrase.documentsPhoneLinkRead.text,
            Phrase.documentsPhoneLinkUntil.text(["hora": MexicoCityTime.hourMinute(link.expiresAt)]),
        ]
    }

    /// Said where the terminal cannot draw the code: the address is there to be typed.
    public static var phoneLinkWithoutCode: String { Phrase.documentsPhoneLinkWithoutCode.text }

    /// Said when the service gave no links (it has no address a phone can reach).
    public static var noPhoneLinks: String { Phrase.documentsNoPhoneLinks.text }

    public static var help: String { Phrase.documentsHelp.text }
}

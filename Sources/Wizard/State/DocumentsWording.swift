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

    public static var help: String { Phrase.documentsHelp.text }
}

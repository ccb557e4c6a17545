import NSSCore

/// What Paso 1 (the CURP) says, on its screen and in the line mode.
public enum CURPWording {
    /// The seed's opening words, followed by `needed`.
    public static var youWillNeed: String { Phrase.curpYouWillNeed.text }
    public static var needed: [String] { [Phrase.curpNeededCurp.text, Phrase.curpNeededEmail.text] }
    public static var ask: String { Phrase.curpAsk.text }
    public static var help: String { Phrase.curpHelp.text }
}

/// What the «¿No te sabes tu CURP?» form says.
public enum LookupWording {
    public static var title: String { Phrase.lookupTitle.text }
    public static var intro: String { Phrase.lookupIntro.text }
    public static var help: String { Phrase.lookupHelp.text }

    /// The heading of the matches.
    public static func found(_ count: Int) -> String {
        count == 1 ? Phrase.lookupFoundOne.text : Phrase.lookupFoundMany.text(["n": String(count)])
    }
}

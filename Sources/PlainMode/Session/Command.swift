import FoundationEssentials
import NSSCore
import Wizard

/// What a person can type at any prompt instead of an answer: a colon and a word of the person's
/// language (`Phrase.command…`); the Spanish word is understood in every language.
enum Command: CaseIterable {
    case back
    case exit
    case otherCaptcha
    case spelled
    case picture
    case resend
    case changeEmail
    case search
    case save
    case print
    case emailCopy
    case phone
    case finish
    case repeatValue
    case clear
    case help

    /// The word in the catalogues.
    var word: Phrase {
        switch self {
        case .back: .commandBack
        case .exit: .commandExit
        case .otherCaptcha: .commandOtherCaptcha
        case .spelled: .commandSpelled
        case .picture: .commandPicture
        case .resend: .commandResend
        case .changeEmail: .commandChangeEmail
        case .search: .commandSearch
        case .save: .commandSave
        case .print: .commandPrint
        case .emailCopy: .commandEmailCopy
        case .phone: .commandPhone
        case .finish: .commandFinish
        case .repeatValue: .commandRepeat
        case .clear: .commandClear
        case .help: .commandHelp
        }
    }

    /// What was typed, when it is a command: ":atrás", ": Salir" and ":AYUDA" all count.
    enum Parsed: Equatable {
        case known(Command)
        case unknown(String)
    }

    static func parse(_ typed: String) -> Parsed? {
        let trimmed = typed.trimmingWhiteSpace()
        guard trimmed.hasPrefix(":") else { return nil }
        let word = Self.folded(String(trimmed.dropFirst()))
        let command = allCases.first { Self.folded($0.word.text) == word }
            ?? allCases.first { Self.folded(Catalogue.spanish.text($0.word)) == word }
        return command.map(Parsed.known) ?? .unknown(trimmed)
    }

    /// A typed word as it is compared: trimmed, without accents, in small letters.
    static func folded(_ word: String) -> String {
        Diacritics.strip(word.trimmingWhiteSpace()).lowercased()
    }

    /// How it is typed, in the person's language.
    var typed: String { ":" + word.text }

    /// The wizard's button it presses, if it is one.
    var action: Action? {
        switch self {
        case .back: .back
        case .exit: .exit
        case .otherCaptcha: .refreshCaptcha
        case .spelled: .switchCaptcha(to: .spelled)
        case .picture: .switchCaptcha(to: .picture)
        case .resend: .resendEmail
        case .changeEmail: .changeEmail
        case .search: .openLookup
        case .save: .saveDocuments
        case .print: .printDocuments
        case .emailCopy: .emailDocuments
        case .phone: .phoneLinks
        case .finish: .finish
        case .repeatValue, .clear, .help: nil
        }
    }

    /// One line of ":ayuda"; `inLookup` when the "¿No te sabes tu CURP?" form is open, which :atras closes.
    func explanation(inLookup: Bool) -> String {
        let phrase: Phrase = switch self {
        case .back: inLookup ? .commandExplainBackLookup : .commandExplainBack
        case .exit: .commandExplainExit
        case .otherCaptcha: .commandExplainOtherCaptcha
        case .spelled: .commandExplainSpelled
        case .picture: .commandExplainPicture
        case .resend: .commandExplainResend
        case .changeEmail: .commandExplainChangeEmail
        case .search: .commandExplainSearch
        case .save: .commandExplainSave
        case .print: .commandExplainPrint
        case .emailCopy: .commandExplainEmailCopy
        case .phone: .commandExplainPhone
        case .finish: .commandExplainFinish
        case .repeatValue: .commandExplainRepeat
        case .clear: .commandExplainClear
        case .help: .commandExplainHelp
        }
        return phrase.text(["orden": typed])
    }
}

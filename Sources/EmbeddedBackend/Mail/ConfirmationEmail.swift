import Foundation
import NSSCore

/// The email "PULSA CONTINUAR" sends, worded as the IMSS one of the seed: the link (when a phone can reach
/// it) and, always, the short code to type at the terminal, with the time both stop working — in the
/// language the person was reading (`mail.*` of its catalogue).
public enum ConfirmationEmail {
    /// The subject in Spanish (the reference catalogue's).
    public static var subject: String { Catalogue.spanish.text(.mailConfirmationSubject) }

    static func message(to email: String, from sender: String, applicationID: String, link: URL?, code: String,
                        expiresAt: Date, now: Date, in catalogue: Catalogue = .spanish) -> MailMessage {
        func say(_ phrase: Phrase, _ values: KeyValuePairs<String, String> = [:]) -> String { catalogue.text(phrase, values) }
        let codeLine = "\(catalogue.text(.mailConfirmationCodeLabel)) \(ConfirmationCode.display(code))"
        var paragraphs = [say(.mailDateLine, ["fecha": MexicoCityTime.dayMonthYear(now)]), say(.mailGreeting),
                          say(.mailConfirmationReceived)]
        if let link {
            paragraphs += [say(.mailConfirmationOpenLink) + "\n" + link.absoluteString,
                           say(.mailConfirmationOrTypeCode) + "\n" + codeLine]
        } else {
            paragraphs.append(say(.mailConfirmationTypeCode) + "\n" + codeLine)
        }
        let until: KeyValuePairs = ["hora": MexicoCityTime.hourMinute(expiresAt), "fecha": MexicoCityTime.dayMonthYear(expiresAt)]
        paragraphs += [say(link == nil ? .mailConfirmationExpiryCode : .mailConfirmationExpiryLink, until),
                       say(.mailConfirmationNotYou), say(.mailSignature)]
        return MailMessage(from: sender, fromName: "IMSS Servicios Digitales", to: [email],
                           subject: catalogue.text(.mailConfirmationSubject), date: now, extraHeaders: [
                               MailHeader(MailKind.applicationHeader, applicationID),
                               MailHeader(MailKind.kindHeader, MailKind.confirmation.rawValue),
                               MailHeader(MailKind.languageHeader, catalogue.code),
                           ], text: paragraphs.joined(separator: "\n\n") + "\n")
    }

    /// The code a confirmation email's text carries (`ABCD-EFGH`), as a person would copy it, in any
    /// language: the last word of the line that ends with one.
    public static func code(in text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let word = line.split(separator: " ").last, isDisplayedCode(word) else { continue }
            return String(word)
        }
        return nil
    }

    /// `ABCD-EFGH` of the code's alphabet.
    private static func isDisplayedCode(_ word: Substring) -> Bool {
        let characters = Array(word)
        guard characters.count == ConfirmationCode.length + 1, characters[4] == "-" else { return false }
        return characters.enumerated().allSatisfy { $0.offset == 4 || ConfirmationCode.alphabet.contains($0.element) }
    }

    /// The confirmation link a confirmation email's text carries, if any.
    public static func link(in text: String) -> URL? {
        text.split(separator: "\n").first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
            .flatMap { URL(string: String($0).trimmingCharacters(in: .whitespaces)) }
    }
}

/// The rules of `EmailAddress.validate`, one failure at a time, in the order a person fixes them.
enum EmailValidation {
    static let localAllowed: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")

    static func validate(_ typed: String) -> Result<EmailAddress, EmailFailure> {
        let text = trim(typed)
        if text.isEmpty { return .failure(.empty) }
        let ats = text.filter { $0 == "@" }.count
        if ats == 0 {
            if let bad = text.first(where: { !localAllowed.contains($0) }) { return .failure(.characterNotAllowed(bad)) }
            return .failure(.missingAt)
        }
        if ats > 1 { return .failure(.severalAt) }
        let at = text.firstIndex(of: "@")!
        let local = text[..<at]
        let domain = text[text.index(after: at)...].lowercased()
        if local.isEmpty { return .failure(.emptyLocalPart) }
        if let bad = local.first(where: { !localAllowed.contains($0) }) { return .failure(.characterNotAllowed(bad)) }
        if domain.isEmpty { return .failure(.emptyDomain) }
        if let bad = domain.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".")) }) {
            return .failure(.characterNotAllowed(bad))
        }
        if local.first == "." || local.last == "." || local.contains("..") { return .failure(.dotPlacement) }
        if domain.first == "." || domain.last == "." || domain.contains("..") { return .failure(.dotPlacement) }
        if local.utf8.count > 64 { return .failure(.localPartTooLong(actual: local.utf8.count)) }
        if text.utf8.count > 254 { return .failure(.tooLong(actual: text.utf8.count)) }
        let labels = domain.split(separator: ".")
        if labels.count < 2 { return .failure(.domainWithoutDot) }
        for label in labels where label.count > 63 || label.first == "-" || label.last == "-" {
            return .failure(.domainLabel(String(label)))
        }
        let tld = labels.last!
        if tld.count < 2 || !tld.allSatisfy({ $0.isLetter }) { return .failure(.topLevelDomain(String(tld))) }
        return .success(EmailAddress(unchecked: String(local) + "@" + domain))
    }

    static func trim(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}

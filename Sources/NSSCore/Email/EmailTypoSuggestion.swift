/// Suggests the common domain a person most likely meant ("gmial.com" → "gmail.com", ".con" → ".com").
enum EmailTypoSuggestion {
    /// Domains people in Mexico use most, checked against typos.
    static let commonDomains = [
        "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoo.com.mx", "live.com", "live.com.mx",
        "icloud.com", "hotmail.es", "outlook.es", "prodigy.net.mx", "imss.gob.mx",
    ]

    /// Real providers close to a common domain: never "corrected".
    static let knownDomains: Set<String> = [
        "mail.com", "gmx.com", "gmx.es", "yahoo.es", "hotmail.fr", "live.fr", "proton.me", "protonmail.com",
        "aol.com", "msn.com", "me.com", "mac.com", "ymail.com", "terra.com.mx", "telmex.com",
    ]

    static func suggest(_ typed: String) -> String? {
        let text = EmailValidation.trim(typed)
        guard let at = text.lastIndex(of: "@") else { return nil }
        let local = text[..<at]
        let domain = text[text.index(after: at)...].lowercased()
        guard !local.isEmpty, !domain.isEmpty, !commonDomains.contains(domain), !knownDomains.contains(domain)
        else { return nil }
        var fixed = domain
        // Top-level typos: .con, .cmo, .co (for .com), .mz (for .mx).
        for (wrong, right) in [(".con", ".com"), (".cmo", ".com"), (".ocm", ".com"), (".vom", ".com"),
                               (".comm", ".com"), (".cm", ".com"), (".mz", ".mx"), (".mxx", ".mx")]
        where fixed.hasSuffix(wrong) {
            fixed = String(fixed.dropLast(wrong.count)) + right
            break
        }
        if commonDomains.contains(fixed) { return local + "@" + fixed }
        // Then the nearest common domain within a small edit distance.
        var best: (String, Int)?
        for candidate in commonDomains {
            let d = distance(fixed, candidate)
            if d <= 2, d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        if let best { return local + "@" + best.0 }
        return fixed != domain ? local + "@" + fixed : nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance: swaps count as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

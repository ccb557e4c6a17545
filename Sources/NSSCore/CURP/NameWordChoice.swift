/// Which word of a name the CURP reads (Reglas RENAPO 2021, rules 1.2, 1.3, 1.5, 1.7, 1.15, 1.16).
enum NameWordChoice {
    /// Particles skipped at the start of a name while another word follows them (rule 1.7).
    static let particles: Set<NameNormalization.Word> = Set(
        ["DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE", "LES",
         "MAC", "MC", "VAN", "VON", "Y"].map { Array($0.utf8) })

    /// First given names that give way to the next one when there is one (rules 1.2, 1.3).
    static let skippedFirstNames: Set<NameNormalization.Word> = Set(
        ["MARIA", "MA.", "MA", "M.", "M", "JOSE", "J.", "J"].map { Array($0.utf8) })

    /// The word of a surname: particles skipped, then the first word (hyphens do not split words).
    static func surname(_ words: [NameNormalization.Word]) -> NameNormalization.Word {
        skippingParticles(words[...])
    }

    /// The word of the given names: a first MARIA/JOSE (or an abbreviation) is skipped when another
    /// name follows, then the particles.
    static func givenName(_ words: [NameNormalization.Word]) -> NameNormalization.Word {
        var rest = words[...]
        if rest.count >= 2, skippedFirstNames.contains(rest[rest.startIndex]) { rest = rest.dropFirst() }
        return skippingParticles(rest)
    }

    private static func skippingParticles(_ words: ArraySlice<NameNormalization.Word>) -> NameNormalization.Word {
        var rest = words
        while rest.count >= 2, particles.contains(rest[rest.startIndex]) { rest = rest.dropFirst() }
        return rest[rest.startIndex]
    }
}

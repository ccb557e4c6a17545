import ConfigFile
import Foundation
import NSSCore
import Testing
import TestSupport

/// The catalogues of texts: Spanish, built into the programs from `idiomas/es.toml`, is the one
/// definition; English says every text; a catalogue with mistakes is checked line by line in Spanish and
/// never stops a program (what is wrong, or missing, is said in Spanish).
@Suite(.runsPrograms) struct LanguageCatalogueTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shipped = repository.appendingPathComponent("idiomas")

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("idiomas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A catalogue of `idiomas/`, read as the programs read it: every text there, none with a mistake.
    static func shippedCatalogue(_ code: String) throws -> Catalogue {
        let file = CatalogueFile.read(path: shipped.appendingPathComponent("\(code).toml").path)
        #expect(file.problems.isEmpty, "\(code).toml: \(file.problems)")
        #expect(file.missing.isEmpty, "missing in \(code).toml: \(file.missing.map(\.key))")
        return try #require(file.catalogue)
    }

    /// The texts built into the programs are exactly the Spanish file's (scripts/generate-phrases writes
    /// them): editing es.toml without generating fails here.
    @Test func theBuiltInSpanishIsTheSpanishFile() throws {
        let catalogue = try Self.shippedCatalogue("es")
        #expect(catalogue.translated.count == Phrase.allCases.count)
        for phrase in Phrase.allCases where catalogue.text(phrase) != Phrase.spanish[phrase.rawValue] {
            Issue.record("«\(phrase.key)» in es.toml differs from the built-in text: run scripts/generate-phrases")
        }
    }

    /// Every Spanish key is in English, with the same placeholders, and English is English (not a copy).
    @Test func englishSaysEveryText() throws {
        let english = try Self.shippedCatalogue("en")
        #expect(english.translated.count == Phrase.allCases.count)
        #expect(english.name == "English")
        let same = Phrase.allCases.filter { english.text($0) == Phrase.spanish[$0.rawValue] }
        // Only what is the same in both languages: codes, proper names, formats.
        #expect(Set(same.map(\.key)).isSubset(of: ["field.curp", "start.label_curp", "screen.column_folio", "line.plain",
                                                   "line.step", "line.folio", "line.no", "line.no_word",
                                                   "resume.with_folio", "help.heading", "line.phone_link_item",
                                                   "captcha.spelling.line", "captcha.spelling.letter_a", "captcha.spelling.letter_e",
                                                   "mail.result.folio", "phone.document_folio"]), "\(same.map(\.key))")
    }

    static let mistaken = """
        [language]
        name = "Wixárika"

        [button]
        nxt = "Pe'aku"
        back = "Mieme"

        [waiting]
        resent = "Nekaxɨɨ {codigo}"
        resent_pending = 12

        [resume]
        with_folio = "{etapa}"

        """

    /// Each mistake on its line, what happens to it, and the texts the file lacks; exit status 1.
    @Test func aCatalogueWithMistakesIsCheckedLineByLine() async throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("wix.toml")
        try Self.mistaken.write(to: file, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["config", "idioma", file.path])
        #expect(run.status == 1, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.dropLast()) == [
            "\(file.path):5: la clave «button.nxt» no existe en el catálogo; ¿quisiste decir «button.next»?",
            "\(file.path):9: a «waiting.resent» le falta {correo}: el texto en español lo lleva y ahí va ese dato; se dice en español.",
            "\(file.path):10: «waiting.resent_pending» debe ser un texto entre comillas.",
            "\(file.path):13: a «resume.with_folio» le falta {folio}: el texto en español lo lleva y ahí va ese dato; se dice en español.",
        ], "\(run.stdout)")
        let last = try #require(lines.last)
        #expect(last.hasPrefix("\(file.path): faltan \(Phrase.allCases.count - 5) textos, que se dicen en español: language.switched, "))
    }

    /// What is right in a catalogue is used; a wrong text and a missing one are said in Spanish.
    @Test func aWrongOrMissingTextIsSaidInSpanish() throws {
        let file = CatalogueFile.parse(Self.mistaken, path: "wix.toml", code: "wix")
        let wixarika = try #require(file.catalogue)
        #expect(wixarika.name == "Wixárika")
        #expect(wixarika.text(.buttonBack) == "Mieme")
        #expect(wixarika.text(.waitingResent) == Phrase.spanish[Phrase.waitingResent.rawValue])
        #expect(wixarika.text(.stepCurp) == "Ingresa tu CURP")
        let said = Catalogue.$current.withValue(wixarika) {
            (Phrase.buttonBack.text, Phrase.waitingResent.text(["correo": "pe***@gmail.com"]))
        }
        #expect(said == ("Mieme", "Te enviamos un correo nuevo a pe***@gmail.com. El anterior ya no sirve."))
    }

    /// A key written twice is not TOML: the file is not used, and both lines are named.
    @Test func aKeyWrittenTwiceNamesBothLines() {
        let file = CatalogueFile.parse("[button]\nback = \"Mieme\"\nback = \"Mieme\"\n", path: "wix.toml", code: "wix")
        #expect(file.catalogue == nil)
        #expect(file.report == [
            "wix.toml:3: «button.back» ya se había escrito en la línea 2; cada clave va una sola vez.",
            "wix.toml: este catálogo no se usa: las pantallas de «wix» se muestran en español.",
        ])
    }

    @Test func aCatalogueThatIsNotTOMLIsNotUsed() async throws {
        let dir = try folder()
        let file = dir.appendingPathComponent("en.toml")
        try "[button]\nnext = \"Continue\nback = \"Back\"\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["config", "idioma", file.path])
        #expect(run.status == 1)
        #expect(run.stdout == """
            \(file.path):2: error de sintaxis (columna 17): un texto no se cerró: falta la comilla " del final.
            \(file.path): este catálogo no se usa: las pantallas de «en» se muestran en español.

            """, "\(run.stdout)")
    }

    /// `config check` checks the catalogues a run would find, and that the configured language has one.
    @Test func configCheckChecksTheCataloguesAndTheLanguage() async throws {
        let dir = try folder()
        try Self.mistaken.write(to: dir.appendingPathComponent("wix.toml"), atomically: true, encoding: .utf8)
        let config = dir.appendingPathComponent("config.toml")
        try "idioma = \"fr\"\n[idiomas]\ncarpeta = \"\(dir.path)\"\n".write(to: config, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["config", "check", config.path])
        #expect(run.status == 1)
        let wix = dir.appendingPathComponent("wix.toml").path
        #expect(run.stdout.contains("\(config.path): sin problemas.\n"), "\(run.stdout)")
        #expect(run.stdout.contains("\(wix):5: la clave «button.nxt» no existe en el catálogo; ¿quisiste decir «button.next»?\n"))
        #expect(!run.stdout.contains("/idiomas/en.toml"), "a good catalogue goes without saying: \(run.stdout)")
        #expect(run.stdout.contains("idioma = «fr»: no hay un catálogo fr.toml que se pueda usar en \(dir.path) ni junto a los "
                                    + "programas; las pantallas se muestran en español.\n"), "\(run.stdout)")
        // English, found beside the programs (here, the repository's), is fine.
        try "idioma = \"en\"\n".write(to: config, atomically: true, encoding: .utf8)
        let fine = try await Run.nssKiosk(["config", "check", config.path])
        #expect(fine.status == 0, "\(fine.stdout)")
    }

    /// Placeholders are filled by name; a brace that is no placeholder stays as written.
    @Test func placeholdersAreFilledByName() {
        #expect(Placeholders.fill("Folio {folio}, {n} de {total} {x y}", ["n": "3", "folio": "A1", "total": "9"])
                == "Folio A1, 3 de 9 {x y}")
        #expect(Placeholders.names(in: "{a} y {b}, {a} {C} {}") == ["a", "b"])
        #expect(Phrase.waitingSentLink.placeholders == ["correo"])
    }
}

import Testing
import TestSupport

/// The staff tools are Spanish through their mistakes too: whatever ArgumentParser objects to (an unknown
/// option and its suggestion, a flag given a value, a missing subcommand, an option given twice, a value
/// that is not a number) comes out in Spanish, with exit status 2, and their help pages as well.
@Suite(.runsPrograms) struct SpanishUsageErrorTests {
    /// English words of ArgumentParser's messages; none may reach staff.
    static let english = ["Error", "Unknown", "Did you mean", "The option", "does not take", "was specified", "Missing",
                          "unexpected", "Unexpected", "Invalid", "Usage", "See ", "default", "values:", "Show ",
                          "OVERVIEW", "OPTIONS", "SUBCOMMANDS", "ARGUMENTS", "flag", "position", "had already"]

    static let mistakes: [[String]] = [
        ["curp", "derive", "--given", "Ana", "--birth", "1990-01-01", "--sex", "M", "--state", "NT", "--stat", "NT"],
        ["outbox", "--pending=3"],
        ["registry", "list", "--limit", "abc"],
        ["registry", "list", "--limt", "3"],
        ["curp", "check", "-x"],
        ["registry", "list", "extra", "arguments"],
        ["curp", "derive", "--given", "Ana"],
    ]

    @Test(arguments: mistakes)
    func everyUsageErrorIsSpanish(_ arguments: [String]) async throws {
        let run = try await Run.nssKiosk(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.hasPrefix("nss-kiosk: "))
        for word in Self.english { #expect(!run.stderr.contains(word), "«\(word)» in: \(run.stderr)") }
    }

    @Test func theSuggestionOfAMistypedOptionIsSpanish() async throws {
        let run = try await Run.nssKiosk(["curp", "derive", "--given", "Ana", "--birth", "1990-01-01", "--sex", "M",
                                          "--state", "NT", "--stat", "NT"])
        #expect(run.stderr.contains("Opción desconocida '--stat'. ¿Quisiste decir '--state'?"))
    }

    @Test(arguments: [["curp", "--help"], ["registry", "--help"], ["outbox", "--help"], ["curp", "derive", "--help"]])
    func helpPagesAreSpanish(_ arguments: [String]) async throws {
        let run = try await Run.nssKiosk(arguments)
        #expect(run.status == 0)
        for word in Self.english { #expect(!run.stdout.contains(word), "«\(word)» in: \(run.stdout)") }
    }
}

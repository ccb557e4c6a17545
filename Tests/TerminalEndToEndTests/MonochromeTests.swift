import Testing
import TestSupport

/// With NO_COLOR or --mono no colour is sent, and nothing was said by colour alone: the focused field is
/// in reverse video, a wrong CURP is bold with ✗.
@Suite(.needsTmux, .runsPrograms)
struct MonochromeTests {
    @Test(arguments: [(["NO_COLOR": "1"], [String]()), ([:], ["--mono"])])
    func withoutColourTheFocusAndTheErrorsStillShow(environment: [String: String], arguments: [String]) async throws {
        let terminal = try await KioskTerminal.open(arguments, environment: environment)
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        let wrong = String(curp.dropLast()) + (curp.last == "0" ? "1" : "0")
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type(wrong)
        try await tmux.waitFor(wrong)
        try await tmux.press("Enter")   // what is wrong is said at Continuar
        try await tmux.waitFor("dígito verificador")

        let rows = try await tmux.screen(attributes: true).split(separator: "\n").map(String.init)
        #expect(!rows.contains { !Self.colourParameters(in: $0).isEmpty }, "no colour is sent")
        let field = try #require(rows.firstIndex { $0.contains(wrong) })
        #expect(Self.parameters(in: rows[field]).contains(7), "the focused field is in reverse video")
        #expect(rows[field + 1].contains("✗"))
        #expect(Self.parameters(in: rows[field + 1]).contains(1), "the error is bold")
    }

    @Test func withColourTheThemeIsSent() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        try await terminal.tmux.waitFor("Paso 1 de 9")
        let screen = try await terminal.tmux.screen(attributes: true)
        #expect(!Self.colourParameters(in: screen).isEmpty, "the colour check above is not vacuous")
    }

    /// Every parameter of the SGR sequences (`ESC [ … m`) in `text`.
    static func parameters(in text: String) -> [Int] {
        text.split(separator: "\u{1B}").filter { $0.hasPrefix("[") && $0.contains("m") }
            .flatMap { $0.dropFirst().prefix { $0 != "m" }.split(separator: ";").compactMap { Int($0) } }
    }

    /// The SGR parameters that choose a colour (foreground or background; not the defaults 39 and 49).
    static func colourParameters(in text: String) -> [Int] {
        parameters(in: text).filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
    }
}

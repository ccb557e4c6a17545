import Testing
import TestSupport

/// A CURP with a wrong check digit is named as such under the field, in Spanish, once the person presses
/// Continuar (while typing, only progress), and fixing it is enough.
@Suite(.needsTmux, .runsPrograms)
struct CURPMistakeTests {
    @Test func aWrongCheckDigitIsExplainedUnderTheFieldAndFixingItLetsThePersonGoOn() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        let digit = curp.last!
        let wrong = String(curp.dropLast()) + (digit == "9" ? "0" : String(digit.wholeNumberValue.map { $0 + 1 } ?? 0))

        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type(wrong)
        let typing = try await tmux.waitFor(wrong)
        #expect(!typing.contains("dígito verificador") && !typing.contains("✗"), "no error while typing")
        try await tmux.press("Enter")
        let complaint = try await tmux.waitFor("dígito verificador")
        let rows = complaint.split(separator: "\n", omittingEmptySubsequences: false)
        let fieldRow = rows.firstIndex { $0.contains(wrong) }
        let field = try #require(fieldRow, "the typed CURP is on the screen")
        #expect(rows[field + 1].contains("dígito verificador"), "the message is right under the field")
        try await tmux.press("BSpace")
        let corrected = try await tmux.waitUntilGone("dígito verificador")
        #expect(corrected.contains("Paso 1 de 9"), "Enter does not go on with a wrong CURP")

        try await tmux.type(String(digit))
        try await tmux.waitFor(curp)
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 2 de 9")
    }
}

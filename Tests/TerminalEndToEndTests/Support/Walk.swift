/// The first screens filled in the way a person fills them: text, then Enter.
extension KioskTerminal {
    /// Waits for screen `step` («Paso n de 9»), types `text` and presses Enter.
    func answer(step: Int, with text: String) async throws {
        try await tmux.waitFor("Paso \(step) de 9")
        try await tmux.type(text)
        try await tmux.press("Enter")
    }

    /// Waits for the captcha screen and its picture (until it comes, Enter is not taken); returns it.
    @discardableResult
    func waitForCaptcha() async throws -> String {
        try await tmux.waitFor("Paso 4 de 9")
        return try await tmux.waitUntilGone("Cargando la imagen")
    }

    /// From the CURP to the waiting screen: CURP, email twice, the test captcha.
    @discardableResult
    func reachWaitingScreen(curp: String, email: String) async throws -> String {
        try await answer(step: 1, with: curp)
        try await answer(step: 2, with: email)
        try await answer(step: 3, with: email)
        try await waitForCaptcha()
        try await tmux.type(Kiosk.captchaAnswer)
        try await tmux.press("Enter")
        return try await tmux.waitFor("Paso 5 de 9")
    }
}

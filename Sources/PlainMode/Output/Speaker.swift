import NSSCore

/// The only way plain mode writes: whole lines and prompts, each made safe (and plain ASCII when the
/// locale needs it). It remembers whether a prompt is waiting for its answer, so that an announcement
/// arriving meanwhile ("Correo confirmado.") starts on a line of its own.
final class Speaker {
    let output: any LineOutput
    let ascii: Bool
    /// A prompt was written and its answer has not come yet: the cursor sits after the prompt.
    private(set) var promptIsOpen = false

    init(output: any LineOutput, ascii: Bool) {
        self.output = output
        self.ascii = ascii
    }

    /// Writes one line.
    func say(_ line: String) {
        closeOpenPrompt()
        output.write(prepared(line) + "\n")
    }

    func say(_ lines: [String]) {
        lines.forEach(say)
    }

    /// An empty line before a new screen, so the screens stand apart on a display.
    func pause() {
        say("")
    }

    /// Blank lines (which scroll a terminal without escape sequences, a paper or serial one, clear of
    /// what was on it), then home, clear the screen and clear the scrollback: ESC[2J first, because
    /// some terminals (tmux, VTE) keep the cleared screen in the scrollback, which ESC[3J then erases.
    func clearScreen() {
        closeOpenPrompt()
        output.write(String(repeating: "\n", count: Self.blankLinesOnClear) + "\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }

    static let blankLinesOnClear = 60

    /// Writes a question and leaves the cursor after it, for the answer to follow on the same line.
    func ask(_ prompt: String) {
        closeOpenPrompt()
        output.write(prepared(prompt))
        promptIsOpen = true
    }

    /// The person answered the open prompt. `echo` is their answer when their terminal did not show it
    /// (input from a file or typed before the prompt appeared), so the transcript reads as a dialogue.
    func answered(echo: String?) {
        guard promptIsOpen else { return }
        promptIsOpen = false
        if let echo { output.write(prepared(echo) + "\n") }
    }

    /// Ends the prompt's line when something must be said before its answer arrives.
    private func closeOpenPrompt() {
        guard promptIsOpen else { return }
        promptIsOpen = false
        output.write("\n")
    }

    private func prepared(_ text: String) -> String {
        // The same rules as the screens': what data could do to a terminal or a screen reader is
        // replaced, and a locale without UTF-8 gets the same ASCII.
        let safe = UnsafeText.replaced(text)
        return ascii ? ASCIIFallback.apply(safe) : safe
    }
}

import Terminal

/// The spinner beside «Un momento…» and «Esperando la confirmación…»: braille dots, or `|/-\` where
/// only ASCII can be shown.
enum Spinner {
    static let unicodeFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    static let asciiFrames = ["|", "/", "-", "\\"]

    /// The frame `index` (any number: it wraps around) for `glyphs`.
    static func frame(_ index: Int, glyphs: Glyphs) -> String {
        let frames = glyphs.textMode == .unicode ? unicodeFrames : asciiFrames
        return frames[((index % frames.count) + frames.count) % frames.count]
    }
}

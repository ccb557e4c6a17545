/// Where plain mode writes: a terminal, a serial line, a braille display's console, or a transcript in
/// tests. Plain mode hands it text that is already safe to show and already ends its lines with "\n".
public protocol LineOutput: Sendable {
    /// Writes the text exactly as given, in order, before returning.
    func write(_ text: String)
}

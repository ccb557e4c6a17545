/// A line the person typed, waiting for its prompt. `atOpenPrompt` says whether it was typed while a
/// prompt was showing, so the terminal's own echo already put it after that prompt.
struct TypedLine {
    let text: String
    let atOpenPrompt: Bool
}

import CNcursesw

/// Reads keys from the terminal: waits up to a timeout for the first, then takes at once
/// whatever else is already there, so a paste of many characters arrives as one `.text`.
struct KeyReader {
    let window: UnsafeMutablePointer<WINDOW>

    /// The keys available within `timeoutMilliseconds` (empty when none came, or when a
    /// signal interrupted the wait).
    func read(timeoutMilliseconds: Int32) -> [Key] {
        var keys: [Key] = []
        wtimeout(window, timeoutMilliseconds)
        while let input = next() {
            if let key = KeyDecoder.decode(input) { keys.append(key) }
            wtimeout(window, 0)
        }
        return KeyDecoder.coalesce(keys)
    }

    private func next() -> KeyDecoder.Input? {
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: character))
        case OK: return .character(character)
        default: return nil
        }
    }
}

import CNcursesw
import Glibc

/// Reads keys from the terminal: takes whatever ncurses already holds, else waits up to a timeout
/// for the terminal (or a wake-up) and then takes at once whatever is there, so a paste of many
/// characters arrives as one `.text`.
struct KeyReader {
    let window: UnsafeMutablePointer<WINDOW>

    /// The keys available within `timeoutMilliseconds` (empty when none came, when a signal
    /// interrupted the wait, or when `wake` became readable). `input` is the terminal's descriptor.
    func read(timeoutMilliseconds: Int32, input: Int32, wake: Int32?) -> [Key] {
        var keys = available()
        if keys.isEmpty && timeoutMilliseconds > 0 {
            var descriptors = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
            if let wake { descriptors.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
            _ = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds)
            keys = available()
        }
        return KeyDecoder.coalesce(keys)
    }

    /// Every key ncurses can give without waiting for the terminal (it still waits its short Esc
    /// delay to tell a lone Esc from the start of a sequence). A resize shows here as `.resize`.
    private func available() -> [Key] {
        var keys: [Key] = []
        wtimeout(window, 0)
        while let input = next() {
            if let key = KeyDecoder.decode(input) { keys.append(key) }
        }
        return keys
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

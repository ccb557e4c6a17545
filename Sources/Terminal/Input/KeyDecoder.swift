import CNcursesw

/// Turns what ncurses' `get_wch` returns into a `Key`.
public enum KeyDecoder {
    /// What `get_wch` returned: a function-key code (`KEY_CODE_YES`) or a character.
    public enum Input: Hashable, Sendable {
        case keyCode(Int32)
        case character(UInt32)
    }

    /// The key for one input; nil for input with no meaning here (a NUL, an unknown code).
    public static func decode(_ input: Input) -> Key? {
        switch input {
        case .keyCode(let code): decodeKeyCode(code)
        case .character(let value): decodeCharacter(value)
        }
    }

    /// Joins neighbouring text into one `.text` (a paste arrives as one key).
    public static func coalesce(_ keys: [Key]) -> [Key] {
        var result: [Key] = []
        for key in keys {
            if case .text(let more) = key, case .text(let text)? = result.last {
                result[result.count - 1] = .text(text + more)
            } else {
                result.append(key)
            }
        }
        return result
    }

    private static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case nc_key_f(1)...nc_key_f(12): return .function(Int(code - nc_key_f(0)))
        default: return nil
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 64)!))
        case 28: return .control("\\")
        case 0, 29...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value), TerminalText.accepts(scalar) else { return nil }
            return .text(String(scalar))
        }
    }
}

import FoundationEssentials
import Glibc

/// How a terminal session starts.
public struct SessionOptions: Sendable {
    /// Kiosk mode: Ctrl-C, Ctrl-Z and Ctrl-\ are ordinary keys (nothing can stop or suspend
    /// the program from the keyboard), and SIGTSTP/SIGQUIT from outside are ignored.
    public var kiosk: Bool
    /// No colour, whatever the terminal can do (`--mono`).
    public var forceMonochrome: Bool
    /// Only ASCII, whatever the locale says.
    public var forceASCII: Bool
    /// The terminal type; nil takes TERM from the environment.
    public var terminalType: String?
    /// The environment consulted for TERM, NO_COLOR, ESCDELAY and SSH_CONNECTION.
    public var environment: [String: String]
    /// The terminal's file descriptors.
    public var inputDescriptor: Int32
    public var outputDescriptor: Int32

    public init(kiosk: Bool = false, forceMonochrome: Bool = false, forceASCII: Bool = false,
                terminalType: String? = nil, environment: [String: String] = SessionOptions.processEnvironment(),
                inputDescriptor: Int32 = STDIN_FILENO, outputDescriptor: Int32 = STDOUT_FILENO) {
        self.kiosk = kiosk
        self.forceMonochrome = forceMonochrome
        self.forceASCII = forceASCII
        self.terminalType = terminalType
        self.environment = environment
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
    }

    /// The terminal type to open: `terminalType`, else TERM.
    var resolvedTerminalType: String? { terminalType ?? environment["TERM"] }

    /// How long a lone Esc waits for the rest of an escape sequence: 25 ms feels instant;
    /// over SSH a sequence may arrive in pieces, so 100 ms; ESCDELAY in the environment wins.
    var escapeDelayMilliseconds: Int32 {
        if let value = environment["ESCDELAY"].flatMap({ Int32($0) }), value >= 0 { return value }
        return environment["SSH_CONNECTION"] == nil ? 25 : 100
    }

    /// The environment of this process.
    public static func processEnvironment() -> [String: String] {
        ProcessInfo.processInfo.environment
    }
}

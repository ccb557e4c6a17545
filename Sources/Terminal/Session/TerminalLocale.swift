import CNcursesw
import Glibc

/// Sets the process locale for ncursesw and says whether the person's terminal speaks UTF-8.
enum TerminalLocale {
    /// Takes the locale from the environment (LANG, LC_ALL…). When that is not UTF-8 the
    /// character functions still need a UTF-8 LC_CTYPE to read keys like ñ, so C.UTF-8 is
    /// used for them, and the returned codeset says the output must stay ASCII.
    /// Returns the codeset of the person's own locale ("UTF-8", "ANSI_X3.4-1968"…).
    static func configure() -> String {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nc_codeset())
        if TextMode.detect(codeset: codeset, terminalType: nil) == .ascii {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return codeset
    }
}

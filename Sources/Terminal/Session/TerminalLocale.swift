import Glibc

/// Sets the process locale for ncursesw and says whether the person's terminal speaks UTF-8.
enum TerminalLocale {
    /// Takes the locale from `environment` (LC_ALL, else LC_CTYPE, else LANG). ncursesw
    /// always gets a UTF-8 LC_CTYPE, so keys like ñ are read whole: the person's own when it
    /// is UTF-8, C.UTF-8 otherwise (and then the output stays ASCII). A UTF-8 locale that
    /// is not installed counts as UTF-8. Returns the codeset of the person's locale.
    static func configure(environment: [String: String]) -> String {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let codeset = codeset(of: name)
        setlocale(LC_ALL, "")
        let utf8 = TextMode.detect(codeset: codeset, terminalType: nil) == .unicode
        if !utf8 || setlocale(LC_CTYPE, name) == nil {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return codeset
    }

    /// The codeset a locale name stands for: asked of the system when the locale is
    /// installed, else read from the name ("es_MX.UTF-8@euro" → "UTF-8").
    static func codeset(of name: String) -> String {
        if let locale = newlocale(LC_CTYPE_MASK, name, nil) {
            defer { freelocale(locale) }
            if let codeset = nl_langinfo_l(nl_item(CODESET), locale) {
                return String(cString: codeset)
            }
        }
        guard let dot = name.firstIndex(of: ".") else { return "ANSI_X3.4-1968" }
        return String(name[name.index(after: dot)...].prefix { $0 != "@" })
    }
}

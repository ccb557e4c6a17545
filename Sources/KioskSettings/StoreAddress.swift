/// The shared store's address as a setting (`[datos] almacen`, `--store`): a PostgreSQL URL in libpq's
/// form. Checked here only as far as a setting can be without a URL parser (its scheme, no spaces); the
/// backend program parses it whole where it opens the store, and `config check` says what that finds.
public enum StoreAddress {
    /// The schemes libpq accepts.
    public static let schemes = ["postgresql://", "postgres://"]

    /// What is wrong with `url` as a store's address, in Spanish after the key's name; nil when nothing
    /// a setting can see.
    public static func problem(_ url: String) -> String? {
        guard schemes.contains(where: { url.lowercased().hasPrefix($0) }) else {
            return "«\(shown(url))» no es una dirección de PostgreSQL: empieza con postgresql:// "
                + "(postgresql://usuario@/base?host=/carpeta/del/socket o postgresql://usuario:contraseña@servidor:5432/base)."
        }
        if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "no lleva espacios ni caracteres de control."
        }
        return nil
    }

    /// The part between `scheme://` and the first `@` of the authority, if any (`usuario:contraseña`).
    private static func userInfo(_ url: String) -> (range: Range<String.Index>, text: Substring)? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return nil }
        return (scheme.upperBound..<at, url[scheme.upperBound..<at])
    }

    /// Whether the address carries a password (`usuario:contraseña@…`).
    public static func hasPassword(_ url: String) -> Bool {
        userInfo(url)?.text.contains(":") == true
    }

    /// The address without its password, for messages, logs and `config show`.
    public static func shown(_ url: String) -> String {
        guard let (range, text) = userInfo(url), let colon = text.firstIndex(of: ":") else { return url }
        var shown = url
        shown.replaceSubrange(range, with: text[..<colon] + ":***")
        return shown
    }
}

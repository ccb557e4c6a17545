/// Which terminal a call comes from, when one backend answers many: the office server names each call's
/// terminal (by its credential) for the audit log while it runs. Unset, the audit log names the
/// configuration's `terminal` (the wizard's own service answers one terminal only).
public enum CallOrigin {
    @TaskLocal public static var terminal: String?
    /// The credential the call was made with, on the office server: the applications it starts are its
    /// own to take up again (`--resume`), wherever it is presented — except a kiosk's, which are never
    /// offered. Unset, the configuration's account and host are the opener (the wizard's own service).
    @TaskLocal public static var credential: Credential?

    public struct Credential: Sendable, Hashable {
        public var name: String
        public var isKiosk: Bool
        public init(name: String, isKiosk: Bool) {
            self.name = name
            self.isKiosk = isKiosk
        }
    }

    /// Runs `body` as a call of the terminal with `credential`: the audit log names it, and it opens (and
    /// may take up) its own applications.
    public static func calling<T>(as credential: Credential, _ body: () async throws -> T) async rethrows -> T {
        try await $terminal.withValue(credential.name) {
            try await $credential.withValue(credential) { try await body() }
        }
    }
}

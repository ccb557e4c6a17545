/// Which terminal a call comes from, when one backend answers many: the office server names each call's
/// terminal (by its credential) for the audit log while it runs. Unset, the audit log names the
/// configuration's `terminal` (the wizard's own service answers one terminal only).
public enum CallOrigin {
    @TaskLocal public static var terminal: String?
}

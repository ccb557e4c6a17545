import Testing

extension Trait where Self == ConditionTrait {
    /// These tests drive the real binary in tmux; without tmux they are skipped, saying why.
    static var needsTmux: Self {
        .enabled(if: Tmux.isInstalled, "tmux is not installed: `make test` (scripts/install-deps.sh test) installs it")
    }
}

import Testing

extension Trait where Self == TimeLimitTrait {
    /// For every suite that starts a program, a terminal or a pseudo terminal: each of its tests ends
    /// within this, whatever a program does (a prompt no one answers, a child that never exits), so a
    /// run of the suite always ends. Generous: the slowest test takes seconds, on a loaded machine tens.
    public static var runsPrograms: Self { .timeLimit(.minutes(3)) }

    /// For a test whose failure would be a hang (a session that never ends, a hostile file read for
    /// ever) rather than a slow answer: the same generous bound, so a starved machine never fails it.
    public static var hangGuard: Self { .timeLimit(.minutes(3)) }

    /// For a load test of several programs at once (a hundred whole applications across two servers):
    /// its work is a hundred times a test's, and on a machine the whole suite loads it takes minutes.
    public static var runsProgramsUnderLoad: Self { .timeLimit(.minutes(10)) }
}

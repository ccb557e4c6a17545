import Testing

extension Trait where Self == TimeLimitTrait {
    /// For every suite that starts a program, a terminal or a pseudo terminal: each of its tests ends
    /// within this, whatever a program does (a prompt no one answers, a child that never exits), so a
    /// run of the suite always ends. Generous: the slowest test takes seconds, on a loaded machine tens.
    public static var runsPrograms: Self { .timeLimit(.minutes(3)) }

    /// For a load test of several programs at once (a hundred whole applications across two servers):
    /// its work is a hundred times a test's, and on a machine the whole suite loads it takes minutes.
    public static var runsProgramsUnderLoad: Self { .timeLimit(.minutes(10)) }
}

import Testing
import TestSupport

/// Everything that drives the real ncurses: one at a time, because ncurses keeps global
/// state (the current screen, the signal handlers) and tests otherwise run in parallel.
@Suite(.serialized, .runsPrograms) enum NcursesTests {}

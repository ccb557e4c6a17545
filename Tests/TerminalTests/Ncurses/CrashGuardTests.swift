import Glibc
import Testing
import TestSupport
import Terminal

extension NcursesTests {
    @Suite(.runsPrograms) struct CrashGuardTests {
        /// The guard restores the terminal and then lets the crash finish the process: a crash
        /// signal sent with kill() (si_code ≤ 0) is raised again, not swallowed.
        @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGFPE])
        func aCrashSignalStillEndsTheProcess(signal: Int32) async {
            await #expect(processExitsWith: .signal(signal)) { [signal] in
                let pty = try PseudoTerminal()
                let session = try TerminalSession(options: SessionTests.options(pty))
                kill(getpid(), signal)
                sleep(5)   // another thread handles the signal; a swallowed one ends in exit(0) here
                session.stop()
            }
        }

        @Test func aSwiftTrapInCursesModeStillEndsTheProcess() async {
            await #expect(processExitsWith: .failure) {
                let pty = try PseudoTerminal()
                let session = try TerminalSession(options: SessionTests.options(pty))
                let empty: [Int] = []
                _ = empty[Int(getpid()) % 7 + 1]
                session.stop()
            }
        }
    }
}

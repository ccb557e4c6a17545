import Foundation
import Glibc
import ProcessKit
import Testing
import TestSupport

/// The one way programs are run: both outputs at once, input fed as it is read, a deadline, and
/// nothing left behind.
@Suite(.runsPrograms)
struct ProgramRunTests {
    @Test func bothOutputsAreReadTogetherWhateverTheirSize() async throws {
        // 1 MiB to each pipe, interleaved: reading one to its end before the other would deadlock.
        let run = try await ProgramRun("/bin/sh", ["-c", "head -c 1048576 /dev/zero | tr '\\0' a; head -c 1048576 /dev/zero | tr '\\0' b >&2; echo fin"]).run()
        #expect(run.succeeded)
        #expect(run.output.count == 1_048_576 + 4)
        #expect(run.errors.count == 1_048_576)
        #expect(run.errors.allSatisfy { $0 == UInt8(ascii: "b") })
    }

    @Test func aLargeInputIsFedWhileTheOutputIsRead() async throws {
        let input = [UInt8]((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let run = try await ProgramRun("/bin/cat", input: input).run()
        #expect(run.output == input)
    }

    @Test func aChildThatStopsReadingItsInputFailsNothingHere() async throws {
        // The input is far larger than a pipe holds; the child exits at once. This process must get
        // EPIPE (not SIGPIPE, which would end the test runner) and report the child's status.
        let run = try await ProgramRun("/bin/sh", ["-c", "exit 7"], input: [UInt8](repeating: 65, count: 4_000_000)).run()
        #expect(run.termination == .exited(7))
    }

    @Test func theExitStatusAndTheSignalAreTold() async throws {
        #expect(try await ProgramRun("/bin/sh", ["-c", "exit 3"]).run().status == 3)
        let killed = try await ProgramRun("/bin/sh", ["-c", "kill -9 $$"]).run()
        #expect(killed.termination == .signalled(SIGKILL))
        #expect(killed.status == 128 + SIGKILL)
    }

    @Test func aProgramThatCannotBeStartedSaysWhyInSpanish() async {
        let error = await #expect(throws: ProgramFailure.self) {
            try await ProgramRun("/nonexistent/lp", ["-d", "x"]).run()
        }
        #expect(error?.reason == .couldNotStart(ENOENT))
        #expect(error?.description == "no se pudo iniciar lp: No such file or directory")
    }

    @Test func aProgramPastItsDeadlineIsEndedWithWhatItLeftRunning() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nss-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pids = directory.appendingPathComponent("pids")
        // The child starts a grandchild, and ignores SIGTERM: SIGKILL must end both.
        let script = "trap '' TERM; sleep 600 & echo $! > \(pids.path); echo $$ >> \(pids.path); echo parcial; wait"
        let error = await #expect(throws: ProgramFailure.self) {
            var run = ProgramRun("/bin/sh", ["-c", script], deadline: .seconds(3))
            run.gracePeriod = .milliseconds(200)
            return try await run.run()
        }
        #expect(error?.reason == .timedOut(.seconds(3)))
        #expect(error?.description == "sh no terminó en 3 s y se detuvo")
        #expect(String(decoding: error?.output ?? [], as: UTF8.self) == "parcial\n")
        let listed = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(listed.count == 2)
        // SIGKILL is delivered at once but acted on when the process next runs: on a loaded machine a
        // killed grandchild can take a moment to be gone. Looked at until then, for at most 10 s.
        for pid in listed {
            for _ in 0..<200 where ProcessState.isRunning(pid) { try await Task.sleep(for: .milliseconds(50)) }
            #expect(!ProcessState.isRunning(pid), "process \(pid) was ended")
        }
    }

    @Test func cancellingTheTaskEndsTheProgram() async throws {
        let task = Task { try await ProgramRun("/bin/sleep", ["600"], deadline: .seconds(600)).run() }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        let result = await task.result
        let error = #expect(throws: ProgramFailure.self) { try result.get() }
        #expect(error?.reason == .cancelled)
    }

    /// A child that leaves something running with its output still open (a daemon that forgot to
    /// close it) ends the run soon after the child itself ends: waiting for the pipes to close would
    /// take the descendant's ten minutes and fail at the deadline instead.
    @Test func aDescendantHoldingThePipesDoesNotHoldTheRun() async throws {
        let run = try await ProgramRun("/bin/sh", ["-c", "sleep 600 & echo $!"], deadline: .seconds(60)).run()
        let descendant = try #require(Int32(run.outputText.trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(descendant, SIGKILL)
        #expect(run.succeeded)
    }

    /// Many runs at once on a two-thread pool: none waits on a cooperative thread, so all finish.
    @Test func manyRunsAtOnceAllFinish() async throws {
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<40 {
                group.addTask { try await ProgramRun("/bin/sh", ["-c", "sleep 0.2; exit \(index % 5)"]).run().status }
            }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        #expect(statuses.sorted() == (0..<40).map { Int32($0 % 5) }.sorted())
    }
}

enum ProcessState {
    /// Whether process `id` runs (exists and is not a zombie).
    static func isRunning(_ id: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(end, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}

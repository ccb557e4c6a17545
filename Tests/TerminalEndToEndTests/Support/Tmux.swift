import Foundation
import TestSupport

/// A small tmux driver: a detached session of a given size running one program, keys sent as a person
/// types them, the screen read back as a person sees it.
///
/// Every session has its own server (`tmux -L`), so tests never see each other. The program runs inside
/// `sh`, which, once the program has ended, saves its exit status and the terminal's settings (`stty -a`),
/// sets the pane's title (so the test knows tmux has read everything the program wrote before) and keeps
/// the pane open, so what the program left on the terminal can still be inspected (tmux would hide the
/// cursor of a dead pane). The `sh` outlives a Ctrl-C (it catches SIGINT and SIGQUIT; the program gets
/// them with their default disposition, as from a login shell).
struct Tmux: Sendable {
    /// tmux, when it is installed.
    static var isInstalled: Bool { Tool.tmux.isInstalled }

    /// The tmux server's socket name.
    let socket: String
    /// The tmux server's process: `kill()` ends it with a signal, which needs no waiting, so a test's
    /// `defer` can always end its server, whatever the outcome.
    private(set) var serverID: Int32 = 0
    /// Where the configuration, the exit status and the terminal settings are kept.
    let directory: URL
    private static let target = "kiosk"
    /// The pane title `sh` sets once the program has ended.
    private static let endedTitle = "nss-kiosk-ended"

    /// How the program ended, and the terminal as the program left it.
    struct Exit {
        let status: Int32
        /// `stty -a` of the terminal right after the program ended.
        let terminalSettings: String

        /// Whether a setting is on (`icanon`), not off (`-icanon`).
        func isOn(_ setting: String) -> Bool {
            terminalSettings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == setting }
        }
    }

    /// Starts `arguments` (the program and its arguments) in a terminal of `columns`×`rows`, with exactly
    /// `environment` (nothing inherited but what it lists).
    static func start(_ arguments: [String], columns: Int = 80, rows: Int = 24,
                      environment: [String: String], in directory: URL) async throws -> Tmux {
        var tmux = Tmux(socket: "nss-\(UUID().uuidString.prefix(8))", directory: directory)
        let configuration = directory.appendingPathComponent("tmux.conf")
        try """
            set -g status off
            set -g remain-on-exit on
            set -s escape-time 0
            """.write(to: configuration, atomically: true, encoding: .utf8)
        let wrapper = directory.appendingPathComponent("run.sh")
        try """
            trap : INT QUIT
            "$@"
            status=$?
            stty -a > '\(directory.appendingPathComponent("stty").path)'
            echo $status > '\(directory.appendingPathComponent("status").path)'
            printf '\\033]2;%s\\033\\\\' \(endedTitle)
            exec sleep 3600
            """.write(to: wrapper, atomically: true, encoding: .utf8)
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try await tmux.run(["-f", configuration.path, "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)",
                            "--", "/bin/sh", wrapper.path, "/usr/bin/env", "-i"] + variables + arguments)
        do {
            guard let server = Int32(try await tmux.run(["display-message", "-p", "#{pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)) else { throw TmuxError.failed(arguments: ["display-message"], message: "no pid") }
            tmux.serverID = server
        } catch {
            _ = try? await tmux.run(["kill-server"])
            throw error
        }
        return tmux
    }

    /// Types `text` literally, as if pasted key by key.
    func type(_ text: String) async throws {
        try await run(["send-keys", "-t", Self.target, "-l", "--", text])
    }

    /// Presses named keys: `Enter`, `Tab`, `BTab`, `Escape`, `BSpace`, `F5`, `F10`, `C-c`…
    func press(_ keys: String...) async throws {
        try await run(["send-keys", "-t", Self.target] + keys)
    }

    /// The screen as text; with `attributes`, with the escape sequences of colours and video attributes;
    /// with `joiningWrappedLines`, a line the terminal wrapped is one line again; with `scrollback`,
    /// the lines that scrolled off the top come first.
    func screen(attributes: Bool = false, joiningWrappedLines: Bool = false,
                scrollback: Bool = false) async throws -> String {
        try await run(["capture-pane", "-p", "-t", Self.target] + (attributes ? ["-e"] : [])
                + (joiningWrappedLines ? ["-J"] : []) + (scrollback ? ["-S", "-"] : []))
    }

    /// Waits until `text` is on the screen, polling every 50 ms; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitUntil("«\(text)» on the screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `text` has left the screen; returns the screen without it.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitUntil("«\(text)» gone from the screen", timeout: timeout) { !$0.contains(text) }
    }

    /// Waits until the screen satisfies `condition` and is the same on the next look (a capture taken
    /// while the program is still drawing shows half a frame: the new title over the old body); polls
    /// every 50 ms and returns that screen. Past the deadline it still takes two fresh looks before
    /// giving up: on a loaded machine this task may not run for a long while (the test runner's few
    /// threads busy with other tests), and the deadline must not pass unseen while the screen was right.
    func waitUntil(_ what: String, timeout: Duration = .seconds(30),
                   _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var shown = try await screen()
        var looksAfterDeadline = 0
        while true {
            if ContinuousClock.now >= deadline {
                looksAfterDeadline += 1
                if looksAfterDeadline > 2 { throw TmuxError.timedOut(waitingFor: what, screen: shown) }
            }
            try await Task.sleep(for: .milliseconds(50))
            let previous = shown
            shown = try await screen()
            if shown == previous, condition(shown) { return shown }
        }
    }

    /// Resizes the terminal, as a person dragging the window's corner (the program gets SIGWINCH).
    func resize(columns: Int, rows: Int) async throws {
        try await run(["resize-window", "-t", Self.target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The process id of the program (the child of the `sh` in the pane), once it has started.
    func programID(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let shell = try await run(["display-message", "-p", "-t", Self.target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = "/proc/\(shell)/task/\(shell)/children"
        let deadline = ContinuousClock.now + timeout
        while true {
            // Looked at once more after the deadline: this task may have been kept waiting past it.
            let late = ContinuousClock.now >= deadline
            let listed = (try? String(contentsOfFile: children, encoding: .utf8)) ?? ""
            if let first = listed.split(separator: " ").first, let id = Int32(first) { return id }
            if late { throw TmuxError.timedOut(waitingFor: "the program's process", screen: try await screen()) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits for the program to end; returns its status and the terminal settings it left.
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Exit {
        let statusFile = directory.appendingPathComponent("status")
        let deadline = ContinuousClock.now + timeout
        while true {
            // tmux sees the title after everything the program wrote (leaving the alternate screen,
            // showing the cursor), so by then the screen is what the program left.
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), text.hasSuffix("\n"),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               try await paneValue("pane_title") == Self.endedTitle {
                let settings = try String(contentsOf: directory.appendingPathComponent("stty"), encoding: .utf8)
                return Exit(status: status, terminalSettings: settings)
            }
            guard ContinuousClock.now < deadline else {
                throw TmuxError.timedOut(waitingFor: "the program to end", screen: try await screen())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// A tmux flag of the pane, e.g. `alternate_on`, `cursor_flag`.
    func paneFlag(_ name: String) async throws -> Bool {
        try await paneValue(name) == "1"
    }

    /// A tmux format variable of the pane, e.g. `pane_title`.
    func paneValue(_ name: String) async throws -> String {
        try await run(["display-message", "-p", "-t", Self.target, "#{\(name)}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ends the session and its server (the program gets SIGHUP, as when a terminal window is closed)
    /// and removes the server's socket, which tmux leaves behind. A signal, not a tmux command: it
    /// needs no waiting, so it can run in a test's `defer`.
    func kill() {
        if serverID > 0 { Glibc.kill(serverID, SIGTERM) }
        try? FileManager.default.removeItem(atPath: "\(Self.socketDirectory)/\(socket)")
    }

    /// Where tmux keeps its sockets: `$TMUX_TMPDIR` (else /tmp) / tmux-UID.
    private static var socketDirectory: String {
        "\(ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp")/tmux-\(getuid())"
    }

    /// Runs one tmux command and returns what it printed; outside any tmux the tests may run in.
    @discardableResult
    private func run(_ arguments: [String]) async throws -> String {
        guard Self.isInstalled else { throw TmuxError.notInstalled }
        let run = try await Tool.tmux.run(["-L", socket] + arguments, environment: ["TMUX": ""], deadline: .seconds(30))
        guard run.succeeded else { throw TmuxError.failed(arguments: arguments, message: run.errorText) }
        return run.outputText
    }
}

/// What went wrong while driving tmux; the screen is kept so a failure shows what the person would have seen.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case failed(arguments: [String], message: String)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled: "tmux is not installed (make test installs it)"
        case .failed(let arguments, let message): "tmux \(arguments.joined(separator: " ")) failed: \(message)"
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

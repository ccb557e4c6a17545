import Foundation
import Testing
import TestSupport

/// The kiosk that starts itself (deploy/): the systemd unit and the getty autologin recipe pass
/// `systemd-analyze verify` without a warning, and the session's restart loop starts the program again
/// every time it ends, exercised with a stand-in program.
@Suite(.runsPrograms) struct DeploymentTests {
    static let deploy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy")
    static let analyze = Tool("systemd-analyze")

    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-deploy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theUnitRestartsTheKioskForeverOnItsTerminalAndAfterABoot() throws {
        let unit = try String(contentsOf: Self.deploy.appendingPathComponent("nss-kiosk@.service"), encoding: .utf8)
        for line in ["Restart=always", "StartLimitIntervalSec=0", "TTYPath=/dev/%I", "Conflicts=getty@%i.service",
                     "WantedBy=getty.target", "ExecStart=/opt/nss-kiosk/nss-kiosk --kiosk"] {
            #expect(unit.split(separator: "\n").contains { $0 == line }, "«\(line)» is missing")
        }
    }

    /// systemd-analyze checks the unit as systemd would load it; the program it starts must exist, so the
    /// built wizard stands in for /opt/nss-kiosk/nss-kiosk. Any warning fails.
    @Test(.enabled(if: analyze.isInstalled, "systemd-analyze is not installed (scripts/install-deps.sh test installs the systemd package)"))
    func theUnitPassesSystemdAnalyzeVerify() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let unit = try String(contentsOf: Self.deploy.appendingPathComponent("nss-kiosk@.service"), encoding: .utf8)
            .replacingOccurrences(of: "/opt/nss-kiosk/nss-kiosk", with: Tool.built("nss-kiosk").path!)
        try unit.write(to: dir.appendingPathComponent("nss-kiosk@.service"), atomically: true, encoding: .utf8)
        let run = try await Self.analyze.run(["verify", dir.appendingPathComponent("nss-kiosk@tty1.service").path],
                                             environment: ["SYSTEMD_LOG_COLOR": "0"])
        #expect(run.status == 0 && run.errorText.isEmpty && run.outputText.isEmpty, "\(run.outputText)\(run.errorText)")
    }

    /// The autologin drop-in over the system's own getty@.service.
    @Test(.enabled(if: analyze.isInstalled && FileManager.default.fileExists(atPath: "/lib/systemd/system/getty@.service"),
                   "systemd-analyze or getty@.service is not installed (the systemd package)"))
    func theGettyRecipePassesSystemdAnalyzeVerify() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dropIns = dir.appendingPathComponent("getty@tty1.service.d")
        try FileManager.default.createDirectory(at: dropIns, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "/lib/systemd/system/getty@.service"),
                                         to: dir.appendingPathComponent("getty@.service"))
        try FileManager.default.copyItem(at: Self.deploy.appendingPathComponent("getty-autologin.conf"),
                                         to: dropIns.appendingPathComponent("autologin.conf"))
        let run = try await Self.analyze.run(["verify", dir.appendingPathComponent("getty@tty1.service").path],
                                             environment: ["SYSTEMD_UNIT_PATH": "\(dir.path):", "SYSTEMD_LOG_COLOR": "0"])
        #expect(run.status == 0 && run.errorText.isEmpty, "\(run.outputText)\(run.errorText)")
        // The check is real: a misspelt key in the same place is reported.
        try "[Service]\nExecStrat=/bin/true\n".write(to: dropIns.appendingPathComponent("zz-typo.conf"), atomically: true, encoding: .utf8)
        let typo = try await Self.analyze.run(["verify", dir.appendingPathComponent("getty@tty1.service").path],
                                              environment: ["SYSTEMD_UNIT_PATH": "\(dir.path):", "SYSTEMD_LOG_COLOR": "0"])
        #expect(typo.errorText.contains("Unknown key"), "\(typo.errorText)")
    }

    /// The session's loop with a stand-in for nss-kiosk that records each start (with its arguments and
    /// configuration) and ends each time with another status — a crash, a signal, the staff exit; on its
    /// fourth start it ends the loop itself, so the test waits on nothing but the programs.
    @Test func theSessionStartsTheKioskAgainWheneverItEnds() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("starts.log")
        let standIn = dir.appendingPathComponent("stand-in")
        try """
            #!/bin/sh
            echo "$* $NSS_KIOSK_CONFIG" >> '\(log.path)'
            count=$(wc -l < '\(log.path)')
            case $count in
              1) exit 0 ;;
              2) exit 1 ;;
              3) kill -KILL $$ ;;
              *) kill -TERM $PPID; exit 0 ;;
            esac
            """.write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)
        let run = try await Tool("sh").run([Self.deploy.appendingPathComponent("nss-kiosk-session").path],
                                           environment: ["NSS_KIOSK_PROGRAM": standIn.path, "NSS_KIOSK_RESTART_DELAY": "0"],
                                           deadline: .seconds(30))
        let starts = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(starts == Array(repeating: "--kiosk /etc/nss-kiosk/config.toml", count: 4), "\(starts)")
        #expect(run.status != 0, "the loop ends only when it is killed")
    }
}

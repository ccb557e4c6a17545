import Foundation
import TestSupport

/// The built `nss-kiosk` and one data directory of its embedded backend: the staff commands a test uses
/// beside the wizard (who is in the registry, what the outbox holds, opening a link).
struct Kiosk: Sendable {
    /// The binary built next to the test bundle.
    static let binary = URL(fileURLWithPath: Tool.built("nss-kiosk").path!)

    /// The answer every captcha has in test mode.
    static let captchaAnswer = "AbDeF"

    let data: URL

    /// The arguments that open the wizard on this data directory, in captcha test mode unless `testMode`
    /// is false (then every captcha has an answer of its own, as at an office).
    func wizardArguments(_ extra: [String] = [], testMode: Bool = true) -> [String] {
        [Self.binary.path, "--data", data.path] + (testMode ? ["--captcha-test-answer", Self.captchaAnswer] : []) + extra
    }

    /// A CURP of the demo registry, of someone who already has an NSS or not yet.
    func demoCURP(withNSS: Bool) async throws -> String {
        let listed = try await command(["registry", "list", "--limit", "200"])
        let rows = listed.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let row = rows.first(where: { $0.count >= 2 && ($0[1] != "-") == withNSS }) else {
            throw KioskError.noSuchPerson(withNSS: withNSS)
        }
        return String(row[0])
    }

    /// The newest email of the outbox, as `nss-kiosk outbox` shows it.
    func newestMail() async throws -> String {
        try await command(["outbox"])
    }

    /// The confirmation code of the newest email, as a person copies it from their mail.
    func confirmationCode() async throws -> String {
        try Self.code(inMail: try await newestMail())
    }

    /// The code a confirmation email shows (`ABCD-EFGH`, the last word of its line), in any language.
    static func code(inMail mail: String) throws -> String {
        for line in mail.split(separator: "\n") {
            guard let word = line.split(separator: " ").last, word.count == 9, Array(word)[4] == "-",
                  word.allSatisfy({ $0 == "-" || ($0.isASCII && ($0.isUppercase || $0.isNumber)) }) else { continue }
            return String(word)
        }
        throw KioskError.noCode(outbox: mail)
    }

    /// The confirmation link of the newest email.
    func confirmationLink() async throws -> String {
        let mail = try await newestMail()
        guard let line = mail.split(separator: "\n").first(where: { $0.hasPrefix("https://") }) else {
            throw KioskError.noCode(outbox: mail)
        }
        return String(line)
    }

    /// The subjects of the outbox's emails, oldest first (`nss-kiosk outbox` delivers what is due first).
    func mailSubjects() async throws -> [String] {
        try await command(["outbox", "--last", "50"]).split(separator: "\n").filter { $0.hasPrefix("Subject: ") }
            .map { String($0.dropFirst(9)) }
    }

    /// How many messages the outbox holds (every email delivered).
    func deliveredMails() -> Int {
        let folder = data.appendingPathComponent("outbox/new").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.count
    }

    /// The steps of the audit log (`solicitud`, `paso-2`…) with their outcome, oldest first.
    func auditSteps() async throws -> [String] {
        try await command(["audit"]).split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(fields[4]) \(fields[5])"
        }
    }

    /// Runs `nss-kiosk arguments… --data DATA`; returns what it printed, or throws with its complaint.
    @discardableResult
    func command(_ arguments: [String]) async throws -> String {
        let run = try await Tool.built("nss-kiosk").run(arguments + ["--data", data.path], deadline: .seconds(60))
        guard run.succeeded else {
            throw KioskError.commandFailed(arguments, status: run.status, message: run.errorText)
        }
        return run.outputText
    }
}

enum KioskError: Error, CustomStringConvertible {
    case noSuchPerson(withNSS: Bool)
    case noCode(outbox: String)
    case commandFailed([String], status: Int32, message: String)

    var description: String {
        switch self {
        case .noSuchPerson(let withNSS): "the demo registry has nobody \(withNSS ? "with" : "without") an NSS"
        case .noCode(let outbox): "the newest email has no confirmation code or link:\n\(outbox)"
        case .commandFailed(let arguments, let status, let message):
            "nss-kiosk \(arguments.joined(separator: " ")) exited with \(status): \(message)"
        }
    }
}

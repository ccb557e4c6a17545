import Foundation
import TestSupport

/// A person who uses the line mode as a screen-reader user does: they get only the lines the program
/// writes (the terminal's text, lines the terminal wrapped joined again), in order, and answer each
/// question from its words alone — what they know (their CURP and email), what the program said before
/// (the captcha, spelled one character a line), and the code from their mailbox. No screen layout, no colour, no
/// knowledge of the program's states.
struct ScreenReaderPerson {
    let terminal: KioskTerminal
    let curp: String
    let email: String
    /// Every line read so far.
    private(set) var heard: [String] = []
    /// The index of the last question answered.
    private var answeredAt = -1
    /// What they did at the documents: save first, then end.
    private var savedDocuments = false
    /// Since when the last line has looked like a question nobody could answer.
    private var unknownSince: ContinuousClock.Instant?

    init(terminal: KioskTerminal, curp: String, email: String) {
        self.terminal = terminal
        self.curp = curp
        self.email = email
    }

    enum Failure: Error, CustomStringConvertible {
        case unknownQuestion(String, heard: [String])
        case notSaid(String, heard: [String])
        var description: String {
            switch self {
            case .unknownQuestion(let question, let heard):
                "a question the person cannot answer from its words: «\(question)»\n" + heard.joined(separator: "\n")
            case .notSaid(let what, let heard): "the program never said \(what)\n" + heard.joined(separator: "\n")
            }
        }
    }

    /// Answers question after question until the program says goodbye; returns everything it said.
    mutating func goThrough(timeout: Duration = .seconds(120)) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            heard = try await read()
            if heard.contains(where: { $0.hasPrefix("Terminaste el trámite.") }) { return heard }
            guard let index = heard.indices.last, index > answeredAt, Self.isQuestion(heard[index]) else {
                try await Task.sleep(for: .milliseconds(50))
                continue
            }
            guard let answer = try await answer(heard[index]) else {
                // A line ending in a colon that is no question (a heading whose lines are still on their
                // way, on a loaded machine): listen on, and give up only if nothing more is ever said.
                if unknownSince == nil { unknownSince = .now }
                if let since = unknownSince, ContinuousClock.now - since > .seconds(5) {
                    throw Failure.unknownQuestion(heard[index], heard: heard)
                }
                try await Task.sleep(for: .milliseconds(50))
                continue
            }
            unknownSince = nil
            answeredAt = index
            try await terminal.tmux.type(answer)
            try await terminal.tmux.press("Enter")
        }
        throw Failure.notSaid("goodbye in time", heard: heard)
    }

    /// The lines written so far, once the terminal has shown the same text twice in a row (a line is
    /// never read half-written).
    private func read() async throws -> [String] {
        var previous = try await terminal.tmux.screen(joiningWrappedLines: true, scrollback: true)
        while true {
            try await Task.sleep(for: .milliseconds(50))
            let now = try await terminal.tmux.screen(joiningWrappedLines: true, scrollback: true)
            if now == previous {
                var lines = now.split(separator: "\n", omittingEmptySubsequences: false).map {
                    String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                }
                while lines.last?.isEmpty == true { lines.removeLast() }
                return lines
            }
            previous = now
        }
    }

    /// A question ends where the answer is typed: after a colon or a question mark.
    static func isQuestion(_ line: String) -> Bool {
        line.hasSuffix(":") || line.hasSuffix("?")
    }

    /// What the person types, from the question's words; nil when the words ask nothing they know.
    private mutating func answer(_ question: String) async throws -> String? {
        switch question {
        case let q where q.hasPrefix("CURP"): return curp
        case let q where q.hasPrefix("Correo electrónico"), let q where q.hasPrefix("Confirma tu correo"): return email
        case let q where q.hasPrefix("¿Quisiste decir"): return "n"
        case let q where q.hasPrefix("Escribe los caracteres"):
            // The line mode's captcha is spelled, one character a line: read like any other line.
            guard let answer = SpelledCaptchaReader.answer(in: heard) else { throw Failure.notSaid("the spelled captcha", heard: heard) }
            return answer
        case let q where q.hasPrefix("Código del correo"): return try await codeFromMailbox()
        case let q where q.hasPrefix("Pulsa Enter para «Guardar» tus documentos"):
            if savedDocuments { return ":terminar" }
            savedDocuments = true
            return ""
        case let q where q.hasPrefix("Pulsa Enter para «"): return ""
        default: return nil
        }
    }

    /// The rest of the last line said that starts with `prefix`.
    func said(after prefix: String) throws -> String {
        guard let line = heard.last(where: { $0.hasPrefix(prefix) }) else { throw Failure.notSaid("«\(prefix)»", heard: heard) }
        return String(line.dropFirst(prefix.count))
    }

    /// The person opens their mail (the outbox, addressed to them) and copies the code.
    private func codeFromMailbox() async throws -> String {
        try Kiosk.code(inMail: try await terminal.kiosk.command(["outbox", "--to", email, "--last", "1"]))
    }
}

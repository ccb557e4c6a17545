import BackendService
import FoundationEssentials
import NSSCore
import ProcessKit
import Wizard

/// A file of answers (`--answers`), read and checked by `nss-kiosk-backend answers check`, which has the
/// YAML parser: the wizard's own start stays free of it, and pays for it only when it is given a file.
/// The same program reads the confirmation code from the outbox when the file says `codigo: desde-buzon`.
enum AnswersProgram {
    static var backend: String { ServiceClient.Launch.besideThisProgram(arguments: []).executable.path }

    /// The answers of `path`, or the Spanish reason (with line and column) they cannot be used: exit status 2.
    static func load(_ path: String) async -> Result<ScriptedAnswers, WizardFailure> {
        let outcome: ProgramOutcome
        do {
            outcome = try await ProgramRun(backend, ["answers", "check", "--json", path], deadline: .seconds(30)).run()
        } catch {
            return .failure(WizardFailure(message: "No se pudo leer el archivo de respuestas: \(error.description)"))
        }
        guard outcome.succeeded else {
            let said = outcome.errorText.trimmingWhiteSpace()
            return .failure(WizardFailure(message: said.hasPrefix("nss-kiosk: ") ? String(said.dropFirst(11)) : said))
        }
        guard let answers = try? JSONDecoder().decode(ScriptedAnswers.self, from: Data(outcome.output)) else {
            return .failure(WizardFailure(message: "\(ServiceClient.Launch.programName) es de otra versión que nss-kiosk; instala los dos juntos."))
        }
        return .success(answers)
    }

    /// How long the code may take to reach the outbox (the service retries a failed delivery after 5 s, 10 s…).
    static let codeWait: Duration = .seconds(40)

    /// Reads the code of an application's latest confirmation email from the outbox of `dataDirectory`,
    /// looking again every half second until it is there.
    static func codeSource(dataDirectory: URL) -> ScriptedRun.CodeSource {
        { id in
            let deadline = ContinuousClock.now + codeWait
            var reason = "Todavía no hay un correo de confirmación de esa solicitud en el buzón."
            while ContinuousClock.now < deadline {
                let run = ProgramRun(backend, ["answers", "code", "--application", id.rawValue, "--data", dataDirectory.path],
                                     deadline: .seconds(20))
                if let outcome = try? await run.run() {
                    if outcome.succeeded { return .success(outcome.outputText.trimmingWhiteSpace()) }
                    let said = outcome.errorText.trimmingWhiteSpace()
                    reason = said.hasPrefix("nss-kiosk: ") ? String(said.dropFirst(11)) : said
                    // Anything but «not there yet» will not get better by waiting.
                    if outcome.status != 1 { break }
                }
                try? await Task.sleep(for: .milliseconds(500))
            }
            return .failure(ScriptedRun.CodeUnavailable(reason))
        }
    }
}

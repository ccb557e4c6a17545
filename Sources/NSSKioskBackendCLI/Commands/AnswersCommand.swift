import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import NSSCore
import Wizard

/// `nss-kiosk answers`: files of answers for `nss-kiosk --answers`. `check` says in Spanish what is
/// wrong with one, line by line; the wizard runs it (with `--json`) to read a file without linking a
/// YAML parser itself, and `code` to read a confirmation code from the outbox when the file says
/// `codigo: desde-buzon`.
struct AnswersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers",
        abstract: "Archivos de respuestas para nss-kiosk --answers (demostraciones, capacitación, pruebas).",
        subcommands: [Check.self, Code.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Revisa un archivo de respuestas (YAML o JSON) y dice qué está mal, con su línea y columna."
        )

        @Argument(help: ArgumentHelp("El archivo de respuestas.", valueName: "archivo"))
        var file: String
        @Flag(help: ArgumentHelp("Escribe las respuestas en JSON, para nss-kiosk.", visibility: .hidden))
        var json = false

        func run() throws {
            let answers: ScriptedAnswers
            do {
                answers = try AnswersFile.read(path: file)
            } catch {
                throw CommandFailure(message: UnsafeText.escaped(error.description))
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                print(String(decoding: try encoder.encode(answers), as: UTF8.self))
            } else {
                print("El archivo de respuestas está bien.")
            }
        }
    }

    /// The code of an application's latest confirmation email in the outbox: what a person reads in their
    /// mail, which anyone with the data folder reads with `nss-kiosk outbox` too.
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "code",
            abstract: "El código del último correo de confirmación de una solicitud, leído del buzón.",
            shouldDisplay: false
        )

        @Option(help: ArgumentHelp("La solicitud.", valueName: "id"))
        var application: String
        @OptionGroup var data: DataOption

        func run() throws {
            let maildir = MaildirOutbox(directory: data.configuration.outboxDirectory)
            let code: String?
            do {
                code = try OutboxIndex(maildir: maildir).confirmationCode(for: ApplicationID(rawValue: application))
            } catch {
                throw CommandFailure(message: "No se puede leer el buzón «\(UnsafeText.escaped(maildir.directory.path))».")
            }
            guard let code else {
                throw CommandFailure(message: "Todavía no hay un correo de confirmación de esa solicitud en el buzón.",
                                     status: ExitStatus.invalid)
            }
            print(code)
        }
    }
}

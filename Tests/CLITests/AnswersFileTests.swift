import Foundation
@testable import NSSKioskBackendCLI
import Testing
import TestSupport
import Wizard

/// Files of answers for `nss-kiosk --answers`: the example the README shows, the same in JSON, and every
/// kind of mistake said in Spanish at its line and column, with nothing run.
@Suite(.runsPrograms) struct AnswersFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = root.appendingPathComponent("examples/respuestas.yaml")

    static let exampleAnswers = ScriptedAnswers(
        curp: "GOMJ910908HTSNRN04", email: "persona.prueba@gmail.com", emailConfirmation: "persona.prueba@gmail.com",
        suggestion: .keep, captcha: "AbDeF", code: .fromOutbox, documents: [.save], finish: true, pauseMilliseconds: 0)

    @Test func theExampleFileIsRight() throws {
        #expect(try AnswersFile.read(path: Self.example.path) == Self.exampleAnswers)
    }

    @Test func jsonIsReadToo() throws {
        let json = """
            {"curp": "GOMJ910908HTSNRN04", "correo": "persona.prueba@gmail.com", "captcha": "AbDeF",
             "código": "ABCD-2345", "documentos": ["guardar", "copia"], "terminar": false, "pausa": 0.5,
             "sugerencia": "usar"}
            """
        let answers = try AnswersFile.parse(json, file: "r.json")
        #expect(answers == ScriptedAnswers(curp: "GOMJ910908HTSNRN04", email: "persona.prueba@gmail.com", suggestion: .use,
                                           captcha: "AbDeF", code: .typed("ABCD-2345"), documents: [.save, .emailCopy],
                                           finish: false, pauseMilliseconds: 500))
    }

    static let base = "curp: GOMJ910908HTSNRN04\ncorreo: a@b.mx\ncaptcha: AbDeF\ncodigo: desde-buzon\n"

    @Test(arguments: [
        ("", "r.yaml: está vacío: le faltan las respuestas (curp, correo, captcha, codigo)."),
        ("- curp\n- correo\n", "r.yaml:1:1: debe ser una lista de claves y valores («curp: …», «correo: …»), no una lista."),
        ("curp: X\n\tcorreo: a\n", "r.yaml:2:1: hay un tabulador en la sangría: usa espacios."),
        ("curp: \"X\ncorreo: a\n", "r.yaml:3:1: el archivo termina antes de tiempo (¿unas comillas o un corchete sin cerrar?)."),
        ("{\"curp\": \"X\", \"correo\": \"a\" \"captcha\": \"b\"}", "r.yaml:1:29: falta «,» o «}» en este objeto."),
        ("curp: X\ncorreo: a\ncaptcha: b\n", "r.yaml:1:1: falta «codigo», que es obligatoria."),
        (base + "correos: otra\n", "r.yaml:5:1: la clave «correos» no existe; las claves son version, curp, correo, "
            + "confirmacion, sugerencia, captcha, codigo, documentos, terminar, pausa."),
        (base + "curp: OTRA\n", "r.yaml:5:1: la clave «curp» está dos veces."),
        ("curp: X\ncorreo: [a, b]\n", "r.yaml:2:9: «correo» debe ser un texto, no una lista."),
        (base + "terminar: quizá\n", "r.yaml:5:11: «terminar» no puede ser «quizá»; puede ser sí o no."),
        (base + "pausa: 20\n", "r.yaml:5:8: «pausa» son los segundos entre dos respuestas, de 0 a 10; no «20»."),
        (base + "documentos: [guardar, tirar]\n", "r.yaml:5:23: en «documentos» van guardar, imprimir o copia; no «tirar»."),
        (base + "version: 2\n", "r.yaml:5:10: esta versión de nss-kiosk lee la versión 1 de los archivos de respuestas, no «2»."),
        ("curp:\ncorreo: a\ncaptcha: b\ncodigo: c\n", "r.yaml:1:6: «curp» no tiene valor."),
    ])
    func mistakesAreSaidInSpanishWithTheirPlace(text: String, message: String) {
        #expect(throws: AnswersFileError.self) {
            do {
                _ = try AnswersFile.parse(text, file: "r.yaml")
            } catch let error as AnswersFileError {
                #expect(error.description == message)
                throw error
            }
        }
    }

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func answersCheckSaysWhetherAFileIsRight() async throws {
        let right = try await Run.nssKiosk(["answers", "check", Self.example.path])
        #expect(right.status == 0)
        #expect(right.stdout == "El archivo de respuestas está bien.\n")
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("malas.yaml")
        try Data("curp: X\ncorreo: [a]\n".utf8).write(to: bad)
        let wrong = try await Run.nssKiosk(["answers", "check", bad.path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "nss-kiosk: \(bad.path):2:9: «correo» debe ser un texto, no una lista.\n")
    }

    /// A malformed file: the wizard says where and what, in Spanish, exits 2, and runs nothing — no data
    /// folder made, no service started, no screen drawn.
    @Test(arguments: [false, true])
    func aMalformedFileRunsNothing(plain: Bool) async throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("malas.json")
        try Data("{\"curp\": \"GOMJ910908HTSNRN04\",\n \"correo\" \"a@b.mx\"}".utf8).write(to: bad)
        let data = folder.appendingPathComponent("data")
        let run = try await Run.nssKiosk((plain ? ["--plain"] : []) + ["--answers", bad.path, "--data", data.path],
                                         environment: ["TERM": "xterm"])
        #expect(run.status == 2)
        #expect(run.stderr == "nss-kiosk: \(bad.path):2:11: falta «,» o «}» en este objeto.\n")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: data.path), "nothing ran")
    }
}

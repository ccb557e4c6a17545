import EmbeddedBackend
import Foundation
import NSSCore
@testable import OfficeServer
import Testing
import TestSupport

/// The OpenAPI document says what the server does: it is made from `BackendAPI` (a path per call, with
/// its key and its wait), the committed copy is exactly what `nss-kiosk-server openapi` prints, and the
/// JSON of every call's input and output, and of every problem, matches its schema there.
@Suite(.runsPrograms) struct OpenAPIDocumentTests {
    let document = try! OpenAPIDocument.make()
    var check: SchemaCheck { SchemaCheck(document: document) }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func theCommittedDocumentIsWhatTheServerPrints() async throws {
        let run = try await Run.program(URL(fileURLWithPath: ServerProcess.binary.path!), ["openapi"])
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try String(contentsOf: Self.repositoryRoot.appendingPathComponent(OpenAPIDocument.repositoryPath),
                                   encoding: .utf8)
        #expect(run.stdout == committed,
                "openapi/nss-kiosk-server.json is out of date: .build/debug/nss-kiosk-server openapi > \(OpenAPIDocument.repositoryPath)")
        #expect(run.stdout == document.text)
    }

    @Test func everyCallHasItsPathWithItsKeyAndItsWait() throws {
        for call in BackendAPI.calls {
            let operation = try #require(document["paths"]?["/v1/llamadas/\(call.name)"]?["post"], "\(call.name)")
            #expect(operation["operationId"] == .string(call.name))
            #expect(operation["security"] == [["terminal": []]])
            let parameters: [JSONValue] = if case .array(let list)? = operation["parameters"] { list } else { [] }
            #expect(parameters.contains { $0["name"] == "Idempotency-Key" && $0["in"] == "header" } == call.needsIdempotencyKey, "\(call.name)")
            #expect(parameters.contains { $0["name"] == "espera" && $0["in"] == "query" } == call.waits, "\(call.name)")
            for status in ["200", "400", "401", "404", "409", "413", "422", "429", "500", "503"] {
                #expect(operation["responses"]?[status] != nil, "\(call.name) \(status)")
            }
            #expect(operation["responses"]?["429"]?["headers"]?["Retry-After"]?["required"] == true)
        }
        #expect(document["openapi"] == "3.1.0")
        for path in ["/confirmar/{token}", "/salud", "/metricas"] { #expect(document["paths"]?[path]?["get"] != nil, "\(path)") }
        #expect(document["paths"]?["/confirmar/{token}"]?["post"] != nil, "the link's button")
    }

    /// One sample of the JSON of a call, with the call's own types: the compiler holds each sample to them.
    struct Sample {
        let call: String
        let inputs: [JSONValue]
        let outputs: [JSONValue]

        init<Call: BackendCall>(_ call: Call.Type, inputs: [Call.Input], outputs: [Call.Output]) throws {
            self.call = Call.name
            let coder = (JSONEncoder(), JSONDecoder())
            self.inputs = try inputs.map { try coder.1.decode(JSONValue.self, from: try coder.0.encode($0)) }
            self.outputs = try outputs.map { try coder.1.decode(JSONValue.self, from: try coder.0.encode($0)) }
        }
    }

    static func samples() throws -> [Sample] {
        let curp = try CURP("XORC070223MYNLDLA6")
        let date = Date(timeIntervalSince1970: 1_739_936_907.655)
        let folio = Folio("17399369076551325965562")!
        let id = ApplicationID(rawValue: "0f3a9c")
        let ticket = ApplicationTicket(id: id, maskedEmail: "a***@gmail.com", expiresAt: date, carriesLink: true)
        let person = PersonRecord(curp: curp, givenNames: "CLAUDIA", firstSurname: "XOLALPA", secondSurname: nil, sex: .mujer,
                                  birthDate: CivilDate(year: 2007, month: 2, day: 23)!, birthState: .YN, nss: try NSS("06240750841"))
        let unnamed = PersonRecord(curp: curp, givenNames: "CLAUDIA", firstSurname: nil, secondSurname: nil, sex: .noBinario,
                                   birthDate: CivilDate(year: 2007, month: 2, day: 23)!, birthState: .NE)
        let result = NSSResult(nss: try NSS("06240750841"), kind: .localizacion, folio: folio, date: date)
        let documents = DocumentKind.allCases.map { DocumentInfo(id: DocumentID(rawValue: "d-\($0)"), folio: folio, date: date, kind: $0) }
        let query = PersonQuery(givenNames: "CLAUDIA", firstSurname: "XOLALPA", secondSurname: "RODRIGUEZ",
                                birthDate: CivilDate(year: 2007, month: 2, day: 23)!, sex: .mujer, birthState: .YN)
        let open = OpenApplication(id: id, maskedCURP: "XORC07****", maskedEmail: "a***@gmail.com", folio: folio, stage: .result,
                                   resumableUntil: date, lastActivity: date)
        return [
            try Sample(BackendAPI.NewCaptcha.self, inputs: CaptchaKind.allCases.map { CaptchaRequest($0, language: "en") } + [CaptchaRequest(.spelled)], outputs: [
                CaptchaChallenge(id: CaptchaID(rawValue: "c1"), kind: .spelled, lines: ["A B", "7"], expiresAt: date, isTestMode: true),
            ]),
            try Sample(BackendAPI.Submit.self, inputs: [
                ApplicationRequest(curp: curp, email: try EmailAddress("ana.lopez@example.com"), captchaID: CaptchaID(rawValue: "c1"),
                                   captchaAnswer: "AbDeF"),
                ApplicationRequest(curp: curp, email: try EmailAddress("ana.lopez@example.com"), captchaID: CaptchaID(rawValue: "c1"),
                                   captchaAnswer: "AbDeF", language: "en"),
            ], outputs: [ticket, ApplicationTicket(id: id, maskedEmail: "x", expiresAt: date, carriesLink: false,
                                                   toAssociatedEmail: true, emailDelivered: false)]),
            try Sample(BackendAPI.ConfirmationStatus.self, inputs: [id], outputs: [.pending(expiresAt: date), .confirmed, .expired]),
            try Sample(BackendAPI.Confirm.self, inputs: [CodeConfirmation(id, code: "123456")], outputs: [Nothing()]),
            try Sample(BackendAPI.ResendConfirmation.self, inputs: [id], outputs: [ticket]),
            try Sample(BackendAPI.StartProcedure.self, inputs: [id], outputs: [person, unnamed]),
            try Sample(BackendAPI.FinishProcedure.self, inputs: [id], outputs: [result]),
            try Sample(BackendAPI.ResultEmailSent.self, inputs: [id], outputs: [true, false]),
            try Sample(BackendAPI.Documents.self, inputs: [id], outputs: [documents, []]),
            try Sample(BackendAPI.Document.self, inputs: [DocumentID(rawValue: "d-1")], outputs: [Data("%PDF-1.7".utf8)]),
            try Sample(BackendAPI.EmailDocuments.self, inputs: [id], outputs: [true]),
            try Sample(BackendAPI.DocumentLinks.self, inputs: [id], outputs: [[
                DocumentLink(kind: .constancia, url: "https://nss.oficina.example/d/K7QW2M9XHRT4PZ8NCV3BJ6LS", expiresAt: date,
                             code: QRCodePicture(rows: ["101", "010", "101"])),
            ], []]),
            try Sample(BackendAPI.LookupCURP.self, inputs: [query, PersonQuery(givenNames: "ANA", firstSurname: nil, secondSurname: nil,
                                                                                  birthDate: CivilDate(year: 1990, month: 1, day: 1)!,
                                                                                  sex: .hombre, birthState: .NE)],
                       outputs: [[CURPMatch(curp: curp, fullName: "CLAUDIA XOLALPA")], []]),
            try Sample(BackendAPI.OpenApplications.self, inputs: [Nothing()], outputs: [
                OpenApplications(applications: [open, OpenApplication(id: id, maskedCURP: "X", maskedEmail: "y", folio: nil,
                                                                      stage: .waitingForConfirmation, resumableUntil: date, lastActivity: date)],
                                 expired: 2),
            ]),
            try Sample(BackendAPI.ResumeApplication.self, inputs: [id], outputs: [
                ResumedApplication(ticket: ticket, stage: .documents, person: person, result: result, resultEmailSent: true),
                ResumedApplication(ticket: ticket, stage: .confirmed, person: nil, result: nil, resultEmailSent: false),
            ]),
            try Sample(BackendAPI.RecordProgress.self, inputs: ApplicationProgress.allCases.map { ProgressRecord(id, $0) },
                       outputs: [Nothing()]),
        ]
    }

    @Test func theJSONOfEveryCallsInputAndOutputMatchesItsSchema() throws {
        let samples = try Self.samples()
        let names = Set(BackendAPI.calls.map { $0.name })
        #expect(Set(samples.map { $0.call }) == names, "a sample for every call")
        for sample in samples {
            let operation = try #require(document["paths"]?["/v1/llamadas/\(sample.call)"]?["post"])
            let input = try #require(operation["requestBody"]?["content"]?["application/json"]?["schema"])
            let output = try #require(operation["responses"]?["200"]?["content"]?["application/json"]?["schema"])
            for value in sample.inputs { #expect(check.problems(value, against: input) == [], "\(sample.call) input \(value)") }
            for value in sample.outputs { #expect(check.problems(value, against: output) == [], "\(sample.call) output \(value)") }
        }
    }

    /// The schemas are not a blanket «anything goes»: a value of the wrong shape fails.
    @Test func aValueOfTheWrongShapeDoesNotMatch() throws {
        let status = try #require(document["paths"]?["/v1/llamadas/confirmationStatus"]?["post"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"])
        #expect(!check.problems(["pending": [:]], against: status).isEmpty, "pending needs its expiresAt")
        #expect(!check.problems(["confirmed": [:], "expired": [:]], against: status).isEmpty)
        #expect(!check.problems("confirmed", against: status).isEmpty)
        let submit = try #require(document["paths"]?["/v1/llamadas/submit"]?["post"]?["requestBody"]?["content"]?["application/json"]?["schema"])
        #expect(!check.problems(["curp": "XORC070223MYNLDLA6", "email": ["value": "a@b.mx"], "captchaID": "c", "captchaAnswer": "x"],
                                against: submit).isEmpty, "the CURP is an object")
    }

    /// Every refusal the server can give, the backend's and its own, matches the problem schema.
    @Test func everyProblemMatchesTheProblemSchema() throws {
        let schema: JSONValue = ["$ref": "#/components/schemas/Problema"]
        let date = Date(timeIntervalSince1970: 1_739_936_907)
        let errors: [BackendError] = [
            .curpNotInRegistry, .captchaWrong, .captchaExpired, .tooManyAttempts(retryAfter: date), .confirmationExpired,
            .codeWrong(attemptsLeft: 2), .notConfirmed, .curpHasAnotherEmail, .applicationNotFound, .outOfOrder, .unreachable,
            .storageFull(reference: "AB12"), .internalError(reference: "CD34"),
        ]
        let own: [Problem] = [
            .unauthorized, .unknownCall("borrarTodo"), .notFound, .methodNotAllowed, .badInput("submit"), .tooLarge(65536), .badWait,
            .badKey, .keyReused, .inProgress, .tooManyCalls(wait: .milliseconds(1500)), .tooManySubmissions(until: date),
            .metricsOff, .metricsUnauthorized,
        ]
        for body in errors.map({ Problem.refusal($0).body }) + own.map(\.body) {
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(body))
            #expect(check.problems(value, against: schema) == [], "\(String(decoding: body, as: UTF8.self))")
        }
    }
}

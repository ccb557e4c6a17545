import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport
import Wizard

/// The whole procedure, headless, on the real embedded backend: every screen in order, the code read
/// from the outbox as the person reads their email.
@Suite(.runsPrograms) struct WholeProcedureTests {
    static func freshBackend() throws -> (EmbeddedBackend, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-e2e-\(UUID().uuidString)")
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: dir,
                                                                               captchaTestAnswer: "AbDeF"))
        return (backend, dir)
    }

    /// Someone in the registry, with or without an NSS.
    static func person(withNSS: Bool, in backend: EmbeddedBackend) throws -> PersonRecord {
        try backend.listRegistry(limit: 100).first { ($0.nss != nil) == withNSS }!
    }

    @Test(arguments: [false, true])
    func aPersonGoesFromTheirCURPToTheDocumentsThroughAllNineScreens(alreadyHasNSS: Bool) async throws {
        let (backend, dir) = try Self.freshBackend()
        defer { try? FileManager.default.removeItem(at: dir) }
        let person = try Self.person(withNSS: alreadyHasNSS, in: backend)
        let email = "persona.prueba@gmail.com"
        var driver = HeadlessDriver(backend: backend)

        await driver.type(person.curp.value.lowercased())
        await driver.send(.activate)
        await driver.type(email)
        await driver.send(.activate)
        await driver.type(email)
        await driver.send(.activate)
        #expect(driver.state.captcha?.isTestMode == true)
        await driver.type("AbDeF")
        await driver.send(.activate)
        #expect(driver.state.step == .waitingForLink)

        let mail = try #require(try Inbox.newestMessage(to: email, in: backend))
        #expect(mail.subject == "Servicio Digital: Solicitud de Asignación o Localización de NSS")
        #expect(mail.text.contains("Estimado(a) Asegurado(a):"))
        let code = try #require(Inbox.code(in: mail))
        await driver.type(code)
        await driver.send(.activate)
        #expect(driver.state.step == .startProcedure)
        #expect(driver.state.person?.curp == person.curp)

        await driver.send(.activate)
        #expect(driver.state.step == .finishProcedure)
        await driver.send(.activate)
        let result = try #require(driver.state.result)
        #expect(result.kind == (alreadyHasNSS ? .localizacion : .asignacion))
        if let existing = person.nss { #expect(result.nss == existing) }
        #expect(NSS.validate(result.nss.digits).isSuccess)

        await driver.send(.activate)
        #expect(driver.state.documents.map(\.title) == ["Número de Seguridad Social", "Tarjeta de Número de Seguridad Social"])
        #expect(driver.state.documents.allSatisfy { $0.folio == result.folio })
        #expect(driver.stepsShown == Step.allCases)

        await driver.send(.perform(.finish))
        #expect(!driver.state.holdsPersonalData)
    }

    @Test func openingTheLinkMovesTheWaitingScreenOnByItself() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(
            dataDirectory: dir, captchaTestAnswer: "AbDeF", publicBaseURL: URL(string: "https://oficina.example")))
        let person = try Self.person(withNSS: false, in: backend)
        var driver = HeadlessDriver(backend: backend)
        for text in [person.curp.value, "ana@gmail.com", "ana@gmail.com", "AbDeF"] {
            await driver.type(text)
            await driver.send(.activate)
        }
        await driver.send(.tick(Date()))
        #expect(driver.state.step == .waitingForLink)
        let mail = try #require(try Inbox.newestMessage(to: "ana@gmail.com", in: backend))
        let link = try #require(ConfirmationEmail.link(in: mail.text))
        try await backend.openLink(token: link.absoluteString)
        await driver.send(.tick(Date()))
        #expect(driver.state.step == .startProcedure)
    }

    @Test func aWrongCaptchaCostsNothingTyped() async throws {
        let (backend, dir) = try Self.freshBackend()
        defer { try? FileManager.default.removeItem(at: dir) }
        let person = try Self.person(withNSS: false, in: backend)
        var driver = HeadlessDriver(backend: backend)
        for text in [person.curp.value, "ana@gmail.com", "ana@gmail.com", "abdef"] {
            await driver.type(text)
            await driver.send(.activate)
        }
        #expect(driver.state.step == .captcha)
        #expect(driver.state.notice == .error(BackendError.captchaWrong.message))
        #expect(driver.state.captcha != nil, "a new image is already there")
        #expect(driver.state.text(.curp) == person.curp.value && driver.state.text(.email) == "ana@gmail.com")
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

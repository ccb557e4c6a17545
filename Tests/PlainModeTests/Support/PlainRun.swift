import Foundation
@testable import PlainMode
import Wizard

/// One whole plain-mode session against the fake backend: what it wrote, its exit status and the
/// wizard's state when it ended.
struct PlainRun {
    /// Everything written, as it was written.
    let fullTranscript: String
    let status: Int32
    let finalState: WizardState

    static func run(_ answers: [String], backend: FakeBackend = FakeBackend(),
                    options: PlainOptions = .testing, staffPIN: StaffPINCheck? = nil) async -> PlainRun {
        await run(ScriptedInput(answers), backend: backend, output: Transcript(), options: options, staffPIN: staffPIN)
    }

    static func run(_ input: any LineInput, backend: FakeBackend = FakeBackend(), output: Transcript,
                    options: PlainOptions = .testing, staffPIN: StaffPINCheck? = nil,
                    script: ScriptedRun? = nil, clock: SessionClock = .continuous) async -> PlainRun {
        let session = PlainSession(backend: backend, input: input, output: output, options: options, staffPIN: staffPIN,
                                   script: script, clock: clock)
        let status = await session.run()
        return PlainRun(fullTranscript: output.text, status: status, finalState: session.state)
    }

    /// What was written, without «Un momento, por favor…»: said whenever a call takes over a second,
    /// which on a loaded machine can happen to any call (only the test of that announcement reads it).
    var transcript: String {
        fullTranscript.replacingOccurrences(of: Self.busyLine + "\n", with: "")
    }

    static let busyLine = "Un momento, por favor…"
}

extension PlainOptions {
    /// Fast polling, and the fixed captcha answer of the fake backend's test mode.
    static let testing = PlainOptions(tickInterval: .milliseconds(20), testCaptchaAnswer: FakeBackend.captchaAnswer)
}

/// The answers of a person going through the whole procedure, screen by screen.
enum Answers {
    static let curp = "HEGG560427MVZRRL04"
    static let email = "ana.perez@gmail.com"
    static let upToCaptcha = [curp, email, email]
    static let upToWaiting = upToCaptcha + [FakeBackend.captchaAnswer]
    static let upToPaso1 = upToWaiting + [FakeBackend.code]
    /// Iniciar trámite, Finalizar trámite, Ver documentos, :terminar (Enter there would save the documents).
    static let whole = upToPaso1 + ["", "", "", ":terminar"]
}

import Foundation
import NSSCore
import Testing
import TestSupport
@testable import Documents
import PDFRendering
import ProcessKit

/// `HelperProcessRenderer` runs the real `nss-kiosk-pdf` (built beside the test runner).
@Suite(.runsPrograms) struct HelperProcessTests {
    @Test(arguments: DocumentKind.allCases)
    func theHelperGivesTheSameBytesAsRenderingInProcess(kind: DocumentKind) async throws {
        let helper = HelperProcessRenderer()
        #expect(FileManager.default.isExecutableFile(atPath: helper.executable.path))
        let fromHelper = try await helper.render(kind, Fixtures.joséRecord)
        #expect(fromHelper == (try DocumentRenderer.render(kind, Fixtures.joséRecord)))
        #expect(DocumentVerifier.verify(pdf: try Sealer(keyStore: Fixtures.keyStore).sign(fromHelper, of: Fixtures.joséRecord),
                                        certificatePEM: Fixtures.keyStore.certificatePEM).isValid)
    }

    @Test func aMissingHelperIsSaidInSpanishWithItsFolder() async {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sin-ayudante-\(getpid())")
        let helper = HelperProcessRenderer(executable: folder.appendingPathComponent(HelperProcessRenderer.programName))
        await #expect(throws: DocumentError.rendering(reason: "falta el programa nss-kiosk-pdf en \(folder.path)")) {
            try await helper.render(.constancia, Fixtures.joséRecord)
        }
    }

    @Test func aHelperThatFailsPassesOnItsOneLineReason() async throws {
        let script = Fixtures.scratch.appendingPathComponent("falla.sh")
        try FileManager.default.createDirectory(at: Fixtures.scratch, withIntermediateDirectories: true)
        try "#!/bin/sh\ncat >/dev/null\necho 'nss-kiosk-pdf: sin fuentes' >&2\nexit 1\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        await #expect(throws: DocumentError.rendering(reason: "nss-kiosk-pdf: sin fuentes")) {
            try await HelperProcessRenderer(executable: script).render(.tarjeta, Fixtures.joséRecord)
        }
    }

    @Test func aHelperThatHangsIsEndedAfterTheTimeout() async throws {
        let script = Fixtures.scratch.appendingPathComponent("cuelga.sh")
        try FileManager.default.createDirectory(at: Fixtures.scratch, withIntermediateDirectories: true)
        try "#!/bin/sh\nexec sleep 30\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        await #expect(throws: DocumentError.rendering(reason: "cuelga.sh no terminó en 0.3 s y se detuvo")) {
            try await HelperProcessRenderer(executable: script, timeout: .milliseconds(300)).render(.tarjeta, Fixtures.joséRecord)
        }
    }

    /// The helper, run by hand: garbage on standard input gets one Spanish line and exit 1, and the
    /// input is not echoed.
    @Test func theHelperRefusesWhatIsNotASealedRecord() async throws {
        let run = try await ProgramRun(HelperProcessRenderer().executable.path,
                                       input: Array("NUPM900715HNTXXR08 secreto\n".utf8)).run()
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errorText == "nss-kiosk-pdf: la entrada no es un registro sellado de nss-kiosk\n")
        #expect(!run.errorText.contains("NUPM"))
    }
}

import Foundation
import NSSCore
import Testing
@testable import Documents
import PDFRendering

/// `HelperProcessRenderer` runs the real `nss-kiosk-pdf` (built beside the test runner).
@Suite struct HelperProcessTests {
    @Test(arguments: DocumentKind.allCases)
    func theHelperGivesTheSameBytesAsRenderingInProcess(kind: DocumentKind) async throws {
        let helper = HelperProcessRenderer()
        #expect(FileManager.default.isExecutableFile(atPath: helper.executable.path))
        let fromHelper = try await helper.render(kind, Fixtures.joséRecord)
        #expect(fromHelper == (try DocumentRenderer.render(kind, Fixtures.joséRecord)))
        #expect(try helper.renderWaiting(kind, Fixtures.joséRecord) == fromHelper)
        #expect(DocumentVerifier.verify(pdf: fromHelper, certificatePEM: Fixtures.keyStore.certificatePEM).isValid)
    }

    @Test func aMissingHelperIsSaidInSpanishWithItsFolder() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sin-ayudante-\(getpid())")
        let helper = HelperProcessRenderer(executable: folder.appendingPathComponent(HelperProcessRenderer.programName))
        #expect(throws: DocumentError.rendering(reason: "falta el programa nss-kiosk-pdf en \(folder.path)")) {
            try helper.renderWaiting(.constancia, Fixtures.joséRecord)
        }
    }

    @Test func aHelperThatFailsPassesOnItsOneLineReason() throws {
        let script = Fixtures.scratch.appendingPathComponent("falla.sh")
        try FileManager.default.createDirectory(at: Fixtures.scratch, withIntermediateDirectories: true)
        try "#!/bin/sh\ncat >/dev/null\necho 'nss-kiosk-pdf: sin fuentes' >&2\nexit 1\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        #expect(throws: DocumentError.rendering(reason: "nss-kiosk-pdf: sin fuentes")) {
            try HelperProcessRenderer(executable: script).renderWaiting(.tarjeta, Fixtures.joséRecord)
        }
    }

    @Test func aHelperThatHangsIsEndedAfterTheTimeout() throws {
        let script = Fixtures.scratch.appendingPathComponent("cuelga.sh")
        try FileManager.default.createDirectory(at: Fixtures.scratch, withIntermediateDirectories: true)
        try "#!/bin/sh\nexec sleep 30\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let start = Date()
        #expect(throws: DocumentError.rendering(reason: "nss-kiosk-pdf terminó por la señal 9")) {
            try HelperProcessRenderer(executable: script, timeout: .milliseconds(300)).renderWaiting(.tarjeta, Fixtures.joséRecord)
        }
        #expect(Date().timeIntervalSince(start) < 20)
    }

    /// The helper, run by hand: garbage on standard input gets one Spanish line and exit 1, and the
    /// input is not echoed.
    @Test func theHelperRefusesWhatIsNotASealedRecord() throws {
        let process = Process()
        process.executableURL = HelperProcessRenderer().executable
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data("NUPM900715HNTXXR08 secreto\n".utf8))
        try input.fileHandleForWriting.close()
        let out = try output.fileHandleForReading.readToEnd() ?? Data()
        let err = String(decoding: try errors.fileHandleForReading.readToEnd() ?? Data(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(out.isEmpty)
        #expect(err == "nss-kiosk-pdf: la entrada no es un registro sellado de nss-kiosk\n")
        #expect(!err.contains("NUPM"))
    }
}

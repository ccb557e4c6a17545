import Foundation
import NSSCore
import ProcessKit
#if canImport(Glibc)
import Glibc
#endif

/// Renders each document in a short-lived `nss-kiosk-pdf` process (module `NSSKioskPDF`).
///
/// The record travels on the helper's standard input (never in its arguments, which any user can
/// read in `ps`) in the same text form the PDF carries in its metadata; the PDF comes back on its
/// standard output. A helper that fails says why in one Spanish line on standard error, which
/// becomes the error's reason; one that hangs is killed after `timeout`.
public struct HelperProcessRenderer: DocumentRendering {
    /// The helper's file name, installed beside `nss-kiosk`.
    public static let programName = "nss-kiosk-pdf"

    /// The helper program.
    public let executable: URL
    /// How long a document may take before the helper is ended.
    public let timeout: Duration

    public init(executable: URL = HelperProcessRenderer.besideThisProgram(), timeout: Duration = .seconds(30)) {
        self.executable = executable
        self.timeout = timeout
    }

    /// `nss-kiosk-pdf` in the folder of the running program.
    public static func besideThisProgram() -> URL {
        InstalledProgram.besideThisProgram(programName)
    }

    /// Renders in the helper, suspending the calling task (the helper is waited for on a thread of its
    /// own, never on one of Swift's few cooperative threads).
    public func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data {
        try checkInstalled()
        let run: ProgramOutcome
        do { run = try await helperRun(kind, record).run() } catch { throw Self.failure(error) }
        return try outcome(of: run)
    }

    private func checkInstalled() throws(DocumentError) {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw .rendering(reason: "falta el programa \(Self.programName) en \(executable.deletingLastPathComponent().path)")
        }
    }

    private func helperRun(_ kind: DocumentKind, _ record: SealedRecord) -> ProgramRun {
        ProgramRun(executable.path, input: Array((RecordPayload.encode(record, kind: kind) + "\n").utf8), deadline: timeout)
    }

    private func outcome(of run: ProgramOutcome) throws(DocumentError) -> Data {
        let name = Self.programName
        guard run.succeeded, !run.output.isEmpty else {
            if case .signalled(let signal) = run.termination { throw .rendering(reason: "\(name) terminó por la señal \(signal)") }
            let said = run.errorText.split(separator: "\n").first.map(String.init)
            throw .rendering(reason: said ?? "\(name) terminó con el código \(run.status)")
        }
        return Data(run.output)
    }

    private static func failure(_ error: ProgramFailure) -> DocumentError {
        .rendering(reason: error.description)
    }
}

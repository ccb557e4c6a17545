import Dispatch
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
    public let timeout: DispatchTimeInterval

    public init(executable: URL = HelperProcessRenderer.besideThisProgram(), timeout: DispatchTimeInterval = .seconds(30)) {
        self.executable = executable
        self.timeout = timeout
    }

    /// `nss-kiosk-pdf` in the folder of the running program.
    public static func besideThisProgram() -> URL {
        InstalledProgram.besideThisProgram(programName)
    }

    /// Renders on a Dispatch thread: waiting ~0.1 s for the helper must not hold one of Swift's few
    /// cooperative threads (the service's other calls, its clock, would wait behind it).
    public func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data {
        let outcome: Result<Data, DocumentError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(DocumentError) in try renderWaiting(kind, record) })
            }
        }
        return try outcome.get()
    }

    /// The same, blocking this thread until the helper is done.
    public func renderWaiting(_ kind: DocumentKind, _ record: SealedRecord) throws(DocumentError) -> Data {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw .rendering(reason: "falta el programa \(Self.programName) en \(executable.deletingLastPathComponent().path)")
        }
        let name = Self.programName
        guard let input = ChildProcess.pipeClosedOnExec(), let output = ChildProcess.pipeClosedOnExec(),
              let errors = ChildProcess.pipeClosedOnExec() else {
            throw .rendering(reason: "no se pudo comunicar con \(name)")
        }
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(executable.path, arguments: [], stdin: .descriptor(input.read),
                                         stdout: .descriptor(output.write), stderr: .descriptor(errors.write))
        } catch {
            [input.read, input.write, output.read, output.write, errors.read, errors.write].forEach { _ = close($0) }
            throw .rendering(reason: "no se pudo iniciar \(name): \(error)")
        }
        [input.read, output.write, errors.write].forEach { _ = close($0) }
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)

        // The payload is a few kilobytes, well inside a pipe's buffer, and the helper reads all of it
        // before it writes: writing first and then reading cannot deadlock.
        StandardStream.write(RecordPayload.encode(record, kind: kind) + "\n", to: input.write)
        close(input.write)
        let pdf = ChildProcess.readAll(output.read)
        let complaint = ChildProcess.readAll(errors.read)
        [output.read, errors.read].forEach { _ = close($0) }
        watchdog.cancel()   // before the child is reaped, so that its number cannot be someone else's yet
        let termination = ChildProcess.termination(of: pid)

        guard termination == .exited(0), !pdf.isEmpty else {
            if case .signalled(let signal) = termination { throw .rendering(reason: "\(name) terminó por la señal \(signal)") }
            let said = String(decoding: complaint, as: UTF8.self).split(separator: "\n").first.map(String.init)
            let status = if case .exited(let status) = termination { status } else { Int32(-1) }
            throw .rendering(reason: said ?? "\(name) terminó con el código \(status)")
        }
        return Data(pdf)
    }
}

import EmbeddedBackend
import Foundation
import Logging
import NSSCore

/// One whole application on the embedded backend: captcha, submit, confirm with the emailed code,
/// Paso 1, Paso 2.
enum ApplicationBenchmarks {
    /// The median of Paso 2 alone in the last run: sealing, rendering and mailing both PDFs.
    nonisolated(unsafe) static var lastFinishingMedian = Double.nan

    /// `parent` is where the data directory is made: the disk, or a RAM file system to see the cost
    /// of the fsyncs that durability needs.
    static func wholeApplication(in parent: URL = FileManager.default.temporaryDirectory,
                                 postgres: PostgresLocation? = nil, label: String = "") async throws -> Report {
        let dir = parent.appendingPathComponent("nss-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var quiet = Logger(label: "nss-bench")
        quiet.logLevel = .warning
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: dir,
                                                                               captchaTestAnswer: "AbDeF",
                                                                               postgres: postgres),
                                          logger: quiet)
        let people = try backend.listRegistry(limit: 1000).filter { $0.nss == nil }.prefix(200)
        var samples: [Double] = []
        var finishing: [Double] = []
        let inbox = OutboxIndex(maildir: backend.maildir!)
        for (i, person) in people.enumerated() {
            let email = try EmailAddress("bench\(i)@example.com")
            samples += try await Measure.samples(1) {
                let captcha = try await backend.newCaptcha()
                let ticket = try await backend.submit(ApplicationRequest(curp: person.curp, email: email,
                                                                         captchaID: captcha.id, captchaAnswer: "AbDeF"))
                guard let code = try inbox.confirmationCode(for: ticket.id) else { throw BackendError.notConfirmed }
                try await backend.confirm(ticket.id, code: code)
                _ = try await backend.startProcedure(ticket.id)
                finishing += try await Measure.samples(1) { _ = try await backend.finishProcedure(ticket.id) }
            }
            // The result email (two PDFs) is written while the person reads "Tu NSS es:"; it is not part
            // of the wait, but it must not spill into the next sample either.
            await backend.deliverPendingMail()
        }
        let median = Measure.median(samples)
        lastFinishingMedian = Measure.median(finishing)
        return Report(name: "Solicitud completa, servicio integrado\(label) (mediana de \(samples.count); p95 \(String(format: "%.1f", Measure.percentile(samples, 95))) ms)",
                      value: median, unit: "ms", target: "< 20 ms", met: median < 20)
    }
}

import EmbeddedBackend
import Foundation
import Logging
import NSSCore

/// Test support for the multi-process test: runs whole applications (captcha → submit → code from the
/// outbox → Paso 1 → Paso 2) for the registry people at positions `from ..< from + count`, and prints
/// one line per application: `CURP NSS kind`.
///
///     EmbeddedWorker --data DIR --answer TEXT --from N --count K [--store postgresql://…]

let options = WorkerOptions(CommandLine.arguments.dropFirst())
guard let options else {
    FileHandle.standardError.write(Data("uso: EmbeddedWorker --data DIR --answer TEXT --from N --count K\n".utf8))
    exit(2)
}
do {
    var logger = Logger(label: "nss-kiosk.embedded")
    logger.logLevel = .warning
    let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(
        dataDirectory: options.dataDirectory, captchaTestAnswer: options.answer,
        postgres: options.store.flatMap(PostgresLocation.init)), logger: logger)
    guard let maildir = backend.maildir else { throw WorkerFailure("the backend does not deliver to a Maildir") }
    let inbox = OutboxIndex(maildir: maildir)
    let people = try backend.listRegistry(limit: options.count, offset: options.from)
    for (offset, person) in people.enumerated() {
        let challenge = try await backend.newCaptcha()
        let email = try EmailAddress("worker\(options.from + offset)@example.com")
        let ticket = try await backend.submit(ApplicationRequest(curp: person.curp, email: email, captchaID: challenge.id,
                                                                 captchaAnswer: options.answer))
        guard let code = try inbox.confirmationCode(for: ticket.id) else {
            throw WorkerFailure("no confirmation email for an application")
        }
        try await backend.confirm(ticket.id, code: code)
        _ = try await backend.startProcedure(ticket.id)
        let result = try await backend.finishProcedure(ticket.id)
        print("\(person.curp.value) \(result.nss.digits) \(result.kind.rawValue)")
    }
    await backend.deliverPendingMail()
} catch {
    FileHandle.standardError.write(Data("EmbeddedWorker: \(error)\n".utf8))
    exit(1)
}

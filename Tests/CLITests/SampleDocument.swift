import EmbeddedBackend
import Foundation
import Logging
import NSSCore

/// A constancia made the way a person gets one: a whole application run through the embedded backend on a
/// fresh data directory (captcha, code from the outbox, Paso 1, Paso 2), its PDF saved to a file.
struct SampleDocument: Sendable {
    let dataDirectory: URL
    let file: URL
    let pdf: Data
    let person: PersonRecord
    let result: NSSResult

    /// One sample for the whole run: making the seal's key is the slow part.
    static let shared = Task { try await SampleDocument.make() }

    static func make() async throws -> SampleDocument {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-verify-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data", isDirectory: true)
        let answer = "Gb7hEr"
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: data, captchaTestAnswer: answer),
                                          logger: Logger(label: "nss-kiosk.cli-tests") { _ in SwiftLogNoOpLogHandler() })
        let person = try backend.listRegistry(limit: 50).first { $0.nss == nil }!
        let challenge = try await backend.newCaptcha()
        let ticket = try await backend.submit(ApplicationRequest(
            curp: person.curp, email: try EmailAddress("persona@example.com"), captchaID: challenge.id, captchaAnswer: answer))
        let mail = try backend.maildir!.messageFiles().compactMap(ReceivedMail.init(contentsOf:)).first!
        try await backend.confirm(ticket.id, code: ConfirmationEmail.code(in: mail.text)!)
        _ = try await backend.startProcedure(ticket.id)
        let result = try await backend.finishProcedure(ticket.id)
        let constancia = try await backend.documents(ticket.id).first { $0.kind == .constancia }!
        let pdf = try await backend.document(constancia.id)
        let file = root.appendingPathComponent(constancia.fileName)
        try pdf.write(to: file)
        return SampleDocument(dataDirectory: data, file: file, pdf: pdf, person: person, result: result)
    }

    /// A copy of the PDF in which the NSS of the metadata (the sealed record the verifier reads) is
    /// another valid NSS, byte for byte in place.
    func withAnotherNSSInItsMetadata() throws -> URL {
        let nss = result.nss
        let other = NSS(subdelegation: nss.subdelegation, registrationYear: nss.registrationYear,
                        birthYear: nss.birthYear, consecutive: (nss.consecutive + 1) % 10_000)
        let needle = Data("nss=\(nss.digits)".utf8)
        guard let range = pdf.range(of: needle),
              pdf.range(of: needle, in: range.upperBound..<pdf.endIndex) == nil else {
            throw SampleFailure("the NSS does not occur exactly once in the metadata")
        }
        var tampered = pdf
        tampered.replaceSubrange(range, with: Data("nss=\(other.digits)".utf8))
        let url = file.deletingLastPathComponent().appendingPathComponent("alterado.pdf")
        try tampered.write(to: url)
        return url
    }
}

/// The sample could not be made as expected.
struct SampleFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

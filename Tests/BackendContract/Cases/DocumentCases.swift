import Foundation
import NSSCore

/// The documents' PDFs and their copy by email.
enum DocumentCases {
    static let all = [
        ContractCase("documentsArePDFsWithTheSameBytesEveryTime") { try await documentsArePDFsWithTheSameBytesEveryTime($0) },
        ContractCase("documentFailsForIDsTheBackendDidNotIssue") { try await documentFailsForIDsTheBackendDidNotIssue($0) },
        ContractCase("emailDocumentsComesOnlyAfterFinish") { try await emailDocumentsComesOnlyAfterFinish($0) },
        ContractCase("resultEmailSentAnswersOnlyAfterFinish") { try await resultEmailSentAnswersOnlyAfterFinish($0) },
        ContractCase("documentLinksComeOnlyAfterFinishAndAreNewEachTime") { try await documentLinksComeOnlyAfterFinishAndAreNewEachTime($0) },
    ]

    static let pdfHeader = Data("%PDF-".utf8)

    /// A document id or application id is unknown to a backend that never issued it: not found, or not yet.
    static func unknown(_ error: BackendError) -> Bool {
        error == .applicationNotFound || error == .outOfOrder
    }

    static func documentsArePDFsWithTheSameBytesEveryTime(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        _ = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        let documents = try await step("documents") { try await session.backend.documents(ticket.id) }
        var pdfs: [Data] = []
        for info in documents {
            let pdf = try await step("document \(info.kind)") { try await session.backend.document(info.id) }
            try expect(pdf.starts(with: pdfHeader), "the \(info.kind) is not a PDF: it starts with \(Array(pdf.prefix(8)))")
            let again = try await step("document \(info.kind) again") { try await session.backend.document(info.id) }
            try expect(again == pdf, "the \(info.kind) came out with other bytes the second time (\(pdf.count), then \(again.count))")
            pdfs.append(pdf)
        }
        try expect(Set(pdfs).count == documents.count, "the constancia and the tarjeta are the same file")
        _ = try await step("finishProcedure again") { try await session.backend.finishProcedure(ticket.id) }
        let afterSecondFinish = try await step("document after a second Paso 2") {
            try await session.backend.document(documents[0].id)
        }
        try expect(afterSecondFinish == pdfs[0], "a second Paso 2 changed the \(documents[0].kind)")
    }

    static func documentFailsForIDsTheBackendDidNotIssue(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        let guesses = ["", "constancia", "\(ticket.id.rawValue)-constancia", "00000000000000000000000-tarjeta"]
        for guess in guesses {
            try await expectFailure("document «\(guess)» before Paso 2", expected: ".applicationNotFound or .outOfOrder",
                                    matches: unknown) {
                try await session.backend.document(DocumentID(rawValue: guess))
            }
        }
    }

    static func emailDocumentsComesOnlyAfterFinish(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        try await expectFailure("emailDocuments before Paso 2", .outOfOrder) {
            try await session.backend.emailDocuments(ticket.id)
        }
        try await expectFailure("emailDocuments of an unknown application", .applicationNotFound) {
            try await session.backend.emailDocuments(ApplicationID(rawValue: "no-existe"))
        }
        _ = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        _ = try await step("emailDocuments after Paso 2") { try await session.backend.emailDocuments(ticket.id) }
    }

    /// «Llevar a mi teléfono»: links only for a finished procedure; none where the backend has no public
    /// address, else one per document, with its code, and new ones each time.
    static func documentLinksComeOnlyAfterFinishAndAreNewEachTime(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        try await expectFailure("documentLinks before Paso 2", .outOfOrder) {
            try await session.backend.documentLinks(ticket.id)
        }
        try await expectFailure("documentLinks of an unknown application", .applicationNotFound) {
            try await session.backend.documentLinks(ApplicationID(rawValue: "no-existe"))
        }
        _ = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        let first = try await step("documentLinks") { try await session.backend.documentLinks(ticket.id) }
        guard !first.isEmpty else { return }
        try expect(first.map(\.kind) == DocumentKind.allCases, "links for \(first.map(\.kind)), not one per document")
        try expect(first.allSatisfy { $0.code.width > 0 }, "a link without its QR code")
        let second = try await step("documentLinks again") { try await session.backend.documentLinks(ticket.id) }
        try expect(Set(first.map(\.url)).isDisjoint(with: second.map(\.url)), "the same link given twice")
    }

    /// Whether the result email went out is asked only of a finished procedure; the answer may be either.
    static func resultEmailSentAnswersOnlyAfterFinish(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        try await expectFailure("resultEmailSent before Paso 2", .outOfOrder) {
            try await session.backend.resultEmailSent(ticket.id)
        }
        try await expectFailure("resultEmailSent of an unknown application", .applicationNotFound) {
            try await session.backend.resultEmailSent(ApplicationID(rawValue: "no-existe"))
        }
        _ = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        _ = try await step("resultEmailSent after Paso 2") { try await session.backend.resultEmailSent(ticket.id) }
    }
}

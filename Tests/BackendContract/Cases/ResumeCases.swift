import Foundation
import NSSCore

/// Going on with an application after the terminal was lost: it is listed masked, taken up where it
/// stopped without a step taken again, and offered no more once the person left it.
enum ResumeCases {
    static let all = [
        ContractCase("aSubmittedApplicationIsListedMaskedAndResumedWithoutANewEmail") {
            try await aSubmittedApplicationIsListedMaskedAndResumedWithoutANewEmail($0)
        },
        ContractCase("aFinishedApplicationResumesWithItsStoredResult") { try await aFinishedApplicationResumesWithItsStoredResult($0) },
        ContractCase("anApplicationLeftIsOfferedNoMore") { try await anApplicationLeftIsOfferedNoMore($0) },
    ]

    static func aSubmittedApplicationIsListedMaskedAndResumedWithoutANewEmail(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        let open = try await step("openApplications") { try await session.backend.openApplications() }
        guard let listed = open.applications.first(where: { $0.id == ticket.id }) else {
            throw ContractViolation("a submitted application is not among the open ones: \(open)")
        }
        try expect(listed.stage == .waitingForConfirmation, "a submitted application is at \(listed.stage)")
        try expect(listed.maskedCURP != curp.value && listed.maskedCURP.hasPrefix(String(curp.value.prefix(4))),
                   "the CURP is not masked: \(listed.maskedCURP)")
        try expect(listed.maskedEmail == ticket.maskedEmail, "the list shows the email as \(listed.maskedEmail)")
        let code = try await session.code(ticket)
        let resumed = try await step("resumeApplication") { try await session.backend.resumeApplication(ticket.id) }
        try expect(resumed.stage == .waitingForConfirmation && resumed.ticket.id == ticket.id,
                   "resumed at \(resumed.stage) as \(resumed.ticket.id)")
        try expect(resumed.person == nil && resumed.result == nil, "a resume before Paso 1 gave the person or a result")
        // A new email would have replaced the code: the first one still confirming shows none was sent.
        try await step("confirm with the code of the only email") { try await session.backend.confirm(ticket.id, code: code) }
        let confirmed = try await step("resumeApplication") { try await session.backend.resumeApplication(ticket.id) }
        try expect(confirmed.stage == .confirmed, "a confirmed application before Paso 1 resumed at \(confirmed.stage)")
    }

    static func aFinishedApplicationResumesWithItsStoredResult(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, person) = try await session.started(curp)
        let result = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        let resumed = try await step("resumeApplication") { try await session.backend.resumeApplication(ticket.id) }
        try expect(resumed.stage == .result, "a finished application resumed at \(resumed.stage)")
        try expect(resumed.result == result, "resuming gave \(String(describing: resumed.result)), not the stored \(result)")
        try expect(resumed.person?.curp == person.curp, "resuming gave another person")
        try await step("recordProgress documents") { try await session.backend.recordProgress(ticket.id, .documents) }
        let listed = try await step("openApplications") { try await session.backend.openApplications() }
        let entry = listed.applications.first { $0.id == ticket.id }
        try expect(entry?.stage == .documents && entry?.folio == result.folio,
                   "after the documents were reached the list says \(String(describing: entry))")
        let again = try await step("finishProcedure again") { try await session.backend.finishProcedure(ticket.id) }
        try expect(again == result, "Paso 2 after a resume gave \(again), not \(result)")
    }

    static func anApplicationLeftIsOfferedNoMore(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        try await step("recordProgress left") { try await session.backend.recordProgress(ticket.id, .left) }
        let open = try await step("openApplications") { try await session.backend.openApplications() }
        try expect(!open.applications.contains { $0.id == ticket.id }, "an application left is still offered")
        try await expectFailure("resuming an application left", .applicationNotFound) {
            try await session.backend.resumeApplication(ticket.id)
        }
    }
}

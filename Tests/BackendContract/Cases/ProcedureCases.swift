import Foundation
import NSSCore

/// Paso 1 and Paso 2, the NSS and the documents.
enum ProcedureCases {
    static let all = [
        ContractCase("stepsBeforeConfirmationFail") { try await stepsBeforeConfirmationFail($0) },
        ContractCase("paso2BeforePaso1Fails") { try await paso2BeforePaso1Fails($0) },
        ContractCase("paso1ReturnsThePersonOfTheCURP") { try await paso1ReturnsThePersonOfTheCURP($0) },
        ContractCase("localizacionKeepsTheExistingNSS") { try await localizacionKeepsTheExistingNSS($0) },
        ContractCase("asignacionGivesAValidNewNSS") { try await asignacionGivesAValidNewNSS($0) },
        ContractCase("finishIsIdempotent") { try await finishIsIdempotent($0) },
        ContractCase("documentsComeOnlyAfterFinish") { try await documentsComeOnlyAfterFinish($0) },
    ]

    static func stepsBeforeConfirmationFail(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        try await expectFailure("Paso 1 before the email is confirmed", .notConfirmed) {
            try await session.backend.startProcedure(ticket.id)
        }
        try await expectFailure("Paso 2 before the email is confirmed", .notConfirmed) {
            try await session.backend.finishProcedure(ticket.id)
        }
        try await expectFailure("documents before the email is confirmed", .outOfOrder) {
            try await session.backend.documents(ticket.id)
        }
    }

    static func paso2BeforePaso1Fails(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.confirmed(curp)
        try await expectFailure("Paso 2 before Paso 1", .outOfOrder) {
            try await session.backend.finishProcedure(ticket.id)
        }
    }

    static func paso1ReturnsThePersonOfTheCURP(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (ticket, person) = try await session.started(curp)
        try expect(person.curp == curp, "Paso 1 returned the person of \(person.curp), not of \(curp)")
        try expect(!person.givenNames.isEmpty, "Paso 1 returned a person without given names")
        try expect(person.birthDate == curp.birthDate && person.sex == curp.sex && person.birthState == curp.birthState,
                   "Paso 1 returned birth data that disagrees with the CURP")
        let again = try await step("startProcedure again") { try await session.backend.startProcedure(ticket.id) }
        try expect(again == person, "a second Paso 1 returned another person")
    }

    static func localizacionKeepsTheExistingNSS(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (ticket, person) = try await session.started(curp)
        guard let existing = person.nss else {
            throw ContractViolation("curpWithNSS gave a person without an NSS")
        }
        let result = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        try expect(result.kind == .localizacion, "a person with an NSS got a \(result.kind), not a localización")
        try expect(result.nss == existing, "localización returned \(result.nss), not the registered \(existing)")
    }

    static func asignacionGivesAValidNewNSS(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, person) = try await session.started(curp)
        try expect(person.nss == nil, "curpWithoutNSS gave a person who already has an NSS")
        let result = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        try expect(result.kind == .asignacion, "a person without an NSS got a \(result.kind), not an asignación")
        try expect((try? NSS(result.nss.digits)) != nil, "the assigned NSS \(result.nss) does not validate")
        try expect((1...99).contains(result.nss.subdelegation), "the subdelegation of \(result.nss) is not 01–99")
        try expect(result.nss.birthYear == person.birthDate.year % 100,
                   "the NSS \(result.nss) does not carry the birth year \(person.birthDate.year)")
        let registrationYears = [-14, 14].map { offset in
            Calendar(identifier: .gregorian).component(.year, from: result.date.addingTimeInterval(Double(offset) * 3600)) % 100
        }
        try expect(registrationYears.contains(result.nss.registrationYear),
                   "the NSS \(result.nss) does not carry the registration year of \(result.date)")
        let (_, later) = try await session.started(curp)
        try expect(later.nss == result.nss, "after the asignación the registry holds \(String(describing: later.nss))")
    }

    static func finishIsIdempotent(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        let first = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        let second = try await step("finishProcedure again") { try await session.backend.finishProcedure(ticket.id) }
        try expect(first == second, "a second Paso 2 returned \(second), the first \(first)")
    }

    static func documentsComeOnlyAfterFinish(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithNSS") { try await harness.curpWithNSS(in: session.backend) }
        let (ticket, _) = try await session.started(curp)
        try await expectFailure("documents before Paso 2", .outOfOrder) { try await session.backend.documents(ticket.id) }
        let result = try await step("finishProcedure") { try await session.backend.finishProcedure(ticket.id) }
        let documents = try await step("documents") { try await session.backend.documents(ticket.id) }
        try expect(documents.count == 2, "expected two documents, got \(documents.count)")
        try expect(Set(documents.map(\.kind)) == [.constancia, .tarjeta], "the documents are not a constancia and a tarjeta")
        try expect(Set(documents.map(\.title)) == ["Número de Seguridad Social", "Tarjeta de Número de Seguridad Social"],
                   "document titles are \(documents.map(\.title))")
        try expect(documents.allSatisfy { $0.folio == result.folio }, "a document's folio is not the result's \(result.folio)")
        try expect(Set(documents.map(\.id)).count == 2, "the two documents share an id")
        let again = try await step("documents again") { try await session.backend.documents(ticket.id) }
        try expect(again == documents, "document ids are not stable")
    }
}

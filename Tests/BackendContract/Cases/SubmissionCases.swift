import NSSCore

/// "PULSA CONTINUAR": the registry check and the ticket.
enum SubmissionCases {
    static let all = [
        ContractCase("curpOutsideTheRegistryIsRefused") { try await curpOutsideTheRegistryIsRefused($0) },
        ContractCase("submitGivesAPendingTicketWithAMaskedEmail") { try await submitGivesAPendingTicketWithAMaskedEmail($0) },
        ContractCase("unknownApplicationIsNotFound") { try await unknownApplicationIsNotFound($0) },
    ]

    /// A valid CURP that no registry holds: born in 1901 abroad, with made-up names.
    static func curpOutsideEveryRegistry() throws -> CURP {
        try CURP.derive(givenNames: "CONTRATO", firstSurname: "PRUEBA", secondSurname: "INEXISTENTE",
                        birthDate: CivilDate(year: 1901, month: 1, day: 1)!, sex: .hombre, state: .NE)
    }

    static func curpOutsideTheRegistryIsRefused(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try curpOutsideEveryRegistry()
        let (challenge, answer) = try await session.captcha()
        try await expectFailure("a valid CURP outside the registry", .curpNotInRegistry) {
            try await session.backend.submit(session.request(curp, challenge, answer: answer))
        }
    }

    static func submitGivesAPendingTicketWithAMaskedEmail(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        try expect(!ticket.maskedEmail.contains(session.email.value), "the ticket shows the whole email address")
        try expect(ticket.maskedEmail.hasSuffix("@" + session.email.domain),
                   "the masked email \(ticket.maskedEmail.debugDescription) does not keep the domain")
        let status = try await session.status(ticket.id)
        try expect(status == .pending(expiresAt: ticket.expiresAt),
                   "a new application should be pending until \(ticket.expiresAt), but is \(status)")
    }

    static func unknownApplicationIsNotFound(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let unknown = ApplicationID(rawValue: "solicitud-que-no-existe")
        try await expectFailure("confirmationStatus of an unknown application", .applicationNotFound) {
            try await session.backend.confirmationStatus(unknown)
        }
        try await expectFailure("confirm of an unknown application", .applicationNotFound) {
            try await session.backend.confirm(unknown, code: "ABCD-EFGH")
        }
        try await expectFailure("resendConfirmation of an unknown application", .applicationNotFound) {
            try await session.backend.resendConfirmation(unknown)
        }
        try await expectFailure("startProcedure of an unknown application", .applicationNotFound) {
            try await session.backend.startProcedure(unknown)
        }
        try await expectFailure("finishProcedure of an unknown application", .applicationNotFound) {
            try await session.backend.finishProcedure(unknown)
        }
        try await expectFailure("documents of an unknown application", .applicationNotFound) {
            try await session.backend.documents(unknown)
        }
    }
}

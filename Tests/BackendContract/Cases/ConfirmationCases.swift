import NSSCore

/// The confirmation email: its code and its link, attempts, and re-sending.
enum ConfirmationCases {
    static let all = [
        ContractCase("codeConfirmsTheEmail") { try await codeConfirmsTheEmail($0) },
        ContractCase("linkConfirmsTheEmail") { try await linkConfirmsTheEmail($0) },
        ContractCase("wrongCodesSpendAttemptsThenTheCodeIsDead") { try await wrongCodesSpendAttemptsThenTheCodeIsDead($0) },
        ContractCase("resendInvalidatesTheOldCodeAndLink") { try await resendInvalidatesTheOldCodeAndLink($0) },
        ContractCase("aWrongCodeIsWrongAfterTheConfirmation") { try await aWrongCodeIsWrongAfterTheConfirmation($0) },
    ]

    static func codeConfirmsTheEmail(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        let code = try await session.code(ticket)
        try await step("confirm with the emailed code") { try await session.backend.confirm(ticket.id, code: code) }
        let status = try await session.status(ticket.id)
        try expect(status == .confirmed, "after the right code the status is \(status), not confirmed")
        try await step("confirming again") { try await session.backend.confirm(ticket.id, code: code) }
    }

    /// Confirmed by its link or by its code, the application still tells a wrong code from the right one:
    /// the wrong one gets the same refusal as before the confirmation, the right one confirms again.
    static func aWrongCodeIsWrongAfterTheConfirmation(_ harness: some ContractHarness) async throws {
        for byLink in [true, false] {
            let session = try await ContractSession.start(harness)
            let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
            let ticket = try await session.submit(curp)
            let code = try await session.code(ticket)
            if byLink {
                let link = try await session.link(ticket)
                try await step("opening the link") { try await harness.open(link: link, in: session.backend) }
            } else {
                try await step("confirm with the emailed code") { try await session.backend.confirm(ticket.id, code: code) }
            }
            let wrong = code.uppercased().hasPrefix("Z") ? "YYYY-YYYY" : "ZZZZ-ZZZZ"
            try await expectFailure("a wrong code after confirming by \(byLink ? "link" : "code")", expected: "codeWrong",
                                    matches: { if case .codeWrong = $0 { true } else { false } }) {
                try await session.backend.confirm(ticket.id, code: wrong)
            }
            try await step("the right code after the wrong one") { try await session.backend.confirm(ticket.id, code: code) }
            let status = try await session.status(ticket.id)
            try expect(status == .confirmed, "a wrong code after the confirmation left the status \(status)")
        }
    }

    static func linkConfirmsTheEmail(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        let link = try await session.link(ticket)
        try await step("opening the link") { try await harness.open(link: link, in: session.backend) }
        let status = try await session.status(ticket.id)
        try expect(status == .confirmed, "after opening the link the status is \(status), not confirmed")
        try await step("opening the link again") { try await harness.open(link: link, in: session.backend) }
    }

    static func wrongCodesSpendAttemptsThenTheCodeIsDead(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        let code = try await session.code(ticket)
        let wrong = code.uppercased().hasPrefix("Z") ? "YYYY-YYYY" : "ZZZZ-ZZZZ"
        var previous: Int?
        var left = Int.max
        var tries = 0
        while left > 0 {
            tries += 1
            try expect(tries <= 20, "twenty wrong codes and the code still has attempts left")
            do {
                try await session.backend.confirm(ticket.id, code: wrong)
                throw ContractViolation("a wrong code confirmed the email")
            } catch let BackendError.codeWrong(attemptsLeft) {
                if let previous {
                    try expect(attemptsLeft == previous - 1, "attempts left went from \(previous) to \(attemptsLeft)")
                }
                previous = attemptsLeft
                left = attemptsLeft
            } catch let error as ContractViolation {
                throw error
            } catch {
                throw ContractViolation("a wrong code: expected BackendError.codeWrong, got \(error)")
            }
        }
        try await expectFailure("the right code after the attempts ran out",
                                expected: "codeWrong(attemptsLeft: 0) or confirmationExpired",
                                matches: { $0 == .codeWrong(attemptsLeft: 0) || $0 == .confirmationExpired }) {
            try await session.backend.confirm(ticket.id, code: code)
        }
        let status = try await session.status(ticket.id)
        try expect(status != .confirmed, "a dead code confirmed the email")
    }

    static func resendInvalidatesTheOldCodeAndLink(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let ticket = try await session.submit(curp)
        let oldCode = try await session.code(ticket)
        let oldLink = try await session.link(ticket)
        let newTicket = try await step("resendConfirmation") { try await session.backend.resendConfirmation(ticket.id) }
        try expect(newTicket.id == ticket.id, "re-sending changed the application id")
        let newCode = try await session.code(newTicket)
        try expect(ConfirmationCodeText.same(oldCode, newCode) == false, "the re-sent email has the same code")
        try await expectFailure("the code of the replaced email", expected: "confirmationExpired or codeWrong",
                                matches: { error in
                                    if case .codeWrong = error { return true }
                                    return error == .confirmationExpired
                                }) {
            try await session.backend.confirm(ticket.id, code: oldCode)
        }
        try await expectFailure("the link of the replaced email", .confirmationExpired) {
            try await harness.open(link: oldLink, in: session.backend)
        }
        try await step("confirm with the new code") { try await session.backend.confirm(ticket.id, code: newCode) }
        let status = try await session.status(ticket.id)
        try expect(status == .confirmed, "after the new code the status is \(status), not confirmed")
    }
}

/// Codes as people type them: dashes, spaces and case do not matter.
enum ConfirmationCodeText {
    static func same(_ a: String, _ b: String) -> Bool { plain(a) == plain(b) }

    private static func plain(_ code: String) -> String {
        String(code.filter { $0.isLetter || $0.isNumber }).uppercased()
    }
}

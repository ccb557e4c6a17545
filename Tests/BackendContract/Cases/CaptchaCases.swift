import NSSCore

/// The captcha: a printable picture, single use, case-sensitive; and its spelled alternative, issued
/// and used up alike, whose answer ignores case.
enum CaptchaCases {
    static let all = [
        ContractCase("captchaIsAPrintablePicture") { try await captchaIsAPrintablePicture($0) },
        ContractCase("newCaptchaGivesTheKindAskedFor") { try await newCaptchaGivesTheKindAskedFor($0) },
        ContractCase("spelledCaptchaIsSingleUseAndIgnoresCase") { try await spelledCaptchaIsSingleUseAndIgnoresCase($0) },
        ContractCase("captchaIsSingleUse") { try await captchaIsSingleUse($0) },
        ContractCase("wrongCaptchaAnswerUsesTheCaptchaUp") { try await wrongCaptchaAnswerUsesTheCaptchaUp($0) },
        ContractCase("captchaIsCaseSensitive") { try await captchaIsCaseSensitive($0) },
        ContractCase("unknownCaptchaIsExpired") { try await unknownCaptchaIsExpired($0) },
    ]

    static func captchaIsAPrintablePicture(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let first = try await step("newCaptcha") { try await session.backend.newCaptcha() }
        let second = try await step("newCaptcha") { try await session.backend.newCaptcha() }
        try expect(first.id != second.id, "two captchas share the id \(first.id.rawValue)")
        try expect(!first.lines.isEmpty, "the captcha picture has no lines")
        for line in first.lines {
            try expect(line.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) },
                       "captcha line \(line.debugDescription) is not printable ASCII")
        }
    }

    static func newCaptchaGivesTheKindAskedFor(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        for kind in [CaptchaKind.spelled, .picture, .spelled] {
            let challenge = try await step("newCaptcha(\(kind))") { try await session.backend.newCaptcha(kind) }
            try expect(challenge.kind == kind, "asked for a \(kind) captcha, got a \(challenge.kind) one")
            try expect(!challenge.lines.isEmpty, "the \(kind) captcha has no lines")
        }
    }

    static func spelledCaptchaIsSingleUseAndIgnoresCase(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (challenge, answer) = try await session.captcha(.spelled)
        let swapped = String(answer.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })
        _ = try await step("submit the spelled answer with its case swapped") {
            try await session.backend.submit(session.request(curp, challenge, answer: swapped))
        }
        try await expectFailure("submitting the same spelled captcha again", .captchaExpired) {
            try await session.backend.submit(session.request(curp, challenge, answer: answer))
        }
    }

    static func captchaIsSingleUse(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (challenge, answer) = try await session.captcha()
        _ = try await step("submit with the right answer") {
            try await session.backend.submit(session.request(curp, challenge, answer: answer))
        }
        try await expectFailure("submitting the same captcha again", .captchaExpired) {
            try await session.backend.submit(session.request(curp, challenge, answer: answer))
        }
    }

    static func wrongCaptchaAnswerUsesTheCaptchaUp(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (challenge, answer) = try await session.captcha()
        try await expectFailure("a wrong captcha answer", .captchaWrong) {
            try await session.backend.submit(session.request(curp, challenge, answer: answer + "x"))
        }
        try await expectFailure("the right answer after a wrong one", .captchaExpired) {
            try await session.backend.submit(session.request(curp, challenge, answer: answer))
        }
    }

    static func captchaIsCaseSensitive(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let (challenge, answer) = try await session.captcha()
        let swapped = String(answer.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })
        try expect(swapped != answer, "the harness's captcha answer \(answer.debugDescription) has no letter to swap")
        try await expectFailure("the answer with its case swapped", .captchaWrong) {
            try await session.backend.submit(session.request(curp, challenge, answer: swapped))
        }
    }

    static func unknownCaptchaIsExpired(_ harness: some ContractHarness) async throws {
        let session = try await ContractSession.start(harness)
        let curp = try await step("curpWithoutNSS") { try await harness.curpWithoutNSS(in: session.backend) }
        let request = ApplicationRequest(curp: curp, email: session.email,
                                         captchaID: CaptchaID(rawValue: "captcha-que-no-existe"), captchaAnswer: "abc")
        try await expectFailure("a captcha id the backend never issued", .captchaExpired) {
            try await session.backend.submit(request)
        }
    }
}

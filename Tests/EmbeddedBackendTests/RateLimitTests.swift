import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// Limits on applications per CURP, wrong captchas and re-sent emails, with the time to retry.
@Suite(.runsPrograms) struct RateLimitTests {
    @Test func sixthApplicationForACURPWithinAnHourWaits() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let start = fixture.clock.now
        for _ in 0..<5 {
            _ = try await fixture.submit(curp)
            fixture.clock.advance(by: 60)
        }
        await #expect(throws: BackendError.tooManyAttempts(retryAfter: start.addingTimeInterval(3600))) {
            try await fixture.submit(curp)
        }
        fixture.clock.advance(by: 3600 - 5 * 60 + 1)
        _ = try await fixture.submit(curp)
    }

    @Test func fiveWrongCaptchasBlockTheCURPForTenMinutes() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        for _ in 0..<5 {
            await #expect(throws: BackendError.captchaWrong) { try await fixture.submit(curp, answer: "nope") }
        }
        await #expect(throws: BackendError.tooManyAttempts(retryAfter: fixture.clock.now.addingTimeInterval(600))) {
            try await fixture.submit(curp)
        }
        let other = try fixture.person(withNSS: true).curp
        _ = try await fixture.submit(other)
        fixture.clock.advance(by: 601)
        _ = try await fixture.submit(curp)
    }

    @Test func resendsAreLimitedPerApplication() async throws {
        let fixture = try Fixture(limits: EmbeddedLimits(resendsPerApplication: 2))
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        _ = try await fixture.backend.resendConfirmation(ticket.id)
        _ = try await fixture.backend.resendConfirmation(ticket.id)
        await #expect(throws: BackendError.tooManyAttempts(retryAfter: fixture.clock.now.addingTimeInterval(3600))) {
            try await fixture.backend.resendConfirmation(ticket.id)
        }
    }
}

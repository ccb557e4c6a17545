import Foundation
import NSSCore

extension EmbeddedBackend {
    public func newCaptcha() async throws -> CaptchaChallenge {
        try await shielded("newCaptcha") {
            let now = self.now
            let answer = configuration.captchaTestAnswer
                ?? RandomText.string(length: Int.random(in: CaptchaAlphabet.challengeLengths), from: CaptchaAlphabet.symbols)
            let id = RandomText.hex(bytes: 12)
            let expiresAt = now.addingTimeInterval(configuration.limits.captchaLifetime)
            try await database.write { db in
                try CaptchaTable.purge(before: now, db)
                try CaptchaTable.insert(id: id, answer: answer, expiresAt: expiresAt, db)
            }
            var rng = SystemRandomNumberGenerator()
            logger.info("captcha issued", metadata: ["captcha": "\(id)"])
            return CaptchaChallenge(id: CaptchaID(rawValue: id), lines: CaptchaPicture.draw(answer, using: &rng),
                                    expiresAt: expiresAt, isTestMode: isTestMode)
        }
    }
}

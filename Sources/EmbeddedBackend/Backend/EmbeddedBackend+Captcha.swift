import Foundation
import NSSCore

extension EmbeddedBackend {
    /// A picture or its spelled alternative, issued, stored and checked alike: the same lifetime, single
    /// use, the same attempt limits, and in test mode the same fixed answer. The spelled one is said in the
    /// language asked for, Spanish when this backend has no catalogue of it.
    public func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge {
        try await shielded("newCaptcha") {
            let kind = request.kind
            let now = self.now
            let answer = configuration.captchaTestAnswer ?? Self.randomCaptchaAnswer(kind)
            let id = RandomText.hex(bytes: 12)
            let expiresAt = now.addingTimeInterval(configuration.limits.captchaLifetime)
            let purges = captchaPurge.isDue(at: now)
            try await database.write { db in
                if purges { try CaptchaTable.purge(before: now, db) }
                try CaptchaTable.insert(id: id, kind: kind, answer: answer, expiresAt: expiresAt, db)
            }
            var rng = SystemRandomNumberGenerator()
            logger.info("captcha issued", metadata: ["captcha": "\(id)", "kind": "\(kind.rawValue)"])
            let lines = switch kind {
            case .picture: CaptchaPicture.draw(answer, using: &rng)
            case .spelled: CaptchaSpelling.lines(for: answer, in: configuration.catalogue(for: request.language), using: &rng)
            }
            return CaptchaChallenge(id: CaptchaID(rawValue: id), kind: kind, lines: lines, expiresAt: expiresAt,
                                    isTestMode: isTestMode)
        }
    }

    static func randomCaptchaAnswer(_ kind: CaptchaKind) -> String {
        switch kind {
        case .picture:
            RandomText.string(length: Int.random(in: CaptchaAlphabet.challengeLengths), from: CaptchaAlphabet.symbols)
        case .spelled:
            RandomText.string(length: CaptchaSpelling.challengeLength, from: CaptchaSpelling.symbols)
        }
    }
}

import Foundation
import NSSCore
import Testing
@testable import Documents

@Suite struct VerificationTests {
    @Test func aGenuineConstanciaIsValid() throws {
        let pdf = try DocumentRenderer.constancia(Fixtures.joséRecord)
        let report = DocumentVerifier.verify(pdf: pdf, certificatePEM: Fixtures.keyStore.certificatePEM)
        #expect(report.problems == [])
        #expect(report.isValid)
        #expect(report.record == Fixtures.joséRecord)
        #expect(report.kind == .constancia)
    }
}

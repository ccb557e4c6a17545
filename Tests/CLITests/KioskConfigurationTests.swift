import Foundation

@testable import NSSKioskCLI
import Testing
import TestSupport

/// The staff PIN of a kiosk, from DATA/kiosk.conf.
@Suite(.runsPrograms) struct KioskConfigurationTests {
    @Test func aPlainPINIsCheckedByItsDigest() throws {
        let configuration = try KioskConfiguration.parse("# oficina\npin_personal = 2468  # cambiar\n", path: "kiosk.conf")
        #expect(configuration.staffPINCheck.accepts("2468"))
        #expect(!configuration.staffPINCheck.accepts("2469"))
        #expect(!configuration.staffPINCheck.accepts(""))
    }

    @Test func aDigestNeedsNoPINInTheFile() throws {
        // printf 2468 | sha256sum
        let digest = "a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972"
        let configuration = try KioskConfiguration.parse("pin_personal_sha256 = \(digest.uppercased())", path: "kiosk.conf")
        #expect(configuration.staffPINCheck.accepts("2468"))
        #expect(!configuration.staffPINCheck.accepts("a1fb"))
    }

    @Test func aShortPINOrNoneIsRefused() {
        #expect(throws: WizardFailure.self) { try KioskConfiguration.parse("pin_personal = 12", path: "kiosk.conf") }
        #expect(throws: WizardFailure.self) { try KioskConfiguration.parse("otra = cosa", path: "kiosk.conf") }
    }
}

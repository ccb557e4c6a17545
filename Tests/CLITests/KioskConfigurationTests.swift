import ConfigFile
import Foundation
import KioskSettings
@testable import NSSKioskCLI
import Testing
import TestSupport
import Wizard

/// The staff PIN of a kiosk: its digest from the configuration (or the older DATA/kiosk.conf), the check
/// the staff exit makes, and the lockout kept beside it.
@Suite(.runsPrograms) struct KioskConfigurationTests {
    /// printf 246813 | sha256sum
    static let digest = "59c25b00bc10f4b29e431c41429b1ef3ec1e8463de50a5b88be4e26ebcf5d633"

    private func legacy(_ text: String) throws -> StaffPINDigest? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nss-conf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("kiosk.conf"), atomically: true, encoding: .utf8)
        return try LegacyKioskConf.read(in: directory)
    }

    @Test func aPlainPINInTheOlderFileIsCheckedByItsDigest() throws {
        let digest = try #require(try legacy("# oficina\npin_personal = 246813  # cambiar\n"))
        #expect(digest.staffPINCheck().accepts("246813"))
        #expect(!digest.staffPINCheck().accepts("246814"))
        #expect(!digest.staffPINCheck().accepts(""))
        #expect(digest == StaffPINDigest(hex: Self.digest))
    }

    @Test func aDigestNeedsNoPINInTheFile() throws {
        let digest = try #require(StaffPINDigest(hex: Self.digest.uppercased()))
        #expect(digest.staffPINCheck().accepts("246813"))
        #expect(!digest.staffPINCheck().accepts("59c2"))
        #expect(try legacy("pin_personal_sha256 = \(Self.digest)") == digest)
    }

    @Test func aShortPINOrABadDigestInTheOlderFileIsRefusedAndNoneIsNoPIN() throws {
        #expect(throws: SettingsResolution.Failure.self) { try legacy("pin_personal = 12") }
        #expect(throws: SettingsResolution.Failure.self) { try legacy("pin_personal_sha256 = 12ab") }
        #expect(try legacy("otra = cosa") == nil)
    }

    /// Four digits fall to a shoulder or to three guesses too easily: six digits at least, digits only.
    @Test func aPINNeedsAtLeastSixDigits() throws {
        for pin in ["2468", "24681", "abcdef", "24 681 3"] {
            let error = #expect(throws: SettingsResolution.Failure.self) { try legacy("pin_personal = \(pin)") }
            #expect(error?.message.hasSuffix("pin_personal debe tener al menos 6 dígitos (solo números del 0 al 9).") == true)
        }
        // A digest cannot be checked when the kiosk starts; a short PIN is refused when typed.
        let digestOf2468 = try #require(StaffPINDigest(hex: "a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972"))
        #expect(!digestOf2468.staffPINCheck().accepts("2468"))
    }

    @Test func theLockoutSurvivesARestartInAPrivateFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nss-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = StaffLockoutFile.store(in: directory)
        #expect(store.load() == StaffLockout())

        var lockout = StaffLockout()
        let now = ContinuousClock.now
        lockout.failed(at: now)
        store.save(lockout)
        #expect(store.load().wrongInARow == 1)
        lockout.failed(at: now)
        lockout.failed(at: now)
        store.save(lockout)

        // A new program run (a new store on the same directory) finds the exit still locked.
        let reloaded = StaffLockoutFile.store(in: directory).load()
        #expect(reloaded.isLocked(at: .now))
        #expect(!reloaded.isLocked(at: .now + StaffLockout.duration + .seconds(2)))
        let path = directory.appendingPathComponent(StaffLockoutFile.fileName).path
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("246813"))
    }

    @Test func aLockInTheFileEndsOnTimeAndNeverLastsLongerThanItsLength() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nss-lock-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let wall = Date(timeIntervalSince1970: 1_800_000_000)
        let now = ContinuousClock.now
        try? "fallos = 0\nhasta = \(1_800_000_000 + 100)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let locked = StaffLockoutFile.load(path: path, wallNow: wall, now: now)
        #expect(locked.isLocked(at: now + .seconds(99)))
        #expect(!locked.isLocked(at: now + .seconds(101)))
        // A clock set back a day cannot lock the exit for a day.
        let setBack = StaffLockoutFile.load(path: path, wallNow: wall.addingTimeInterval(-86_400), now: now)
        #expect(!setBack.isLocked(at: now + StaffLockout.duration + .seconds(1)))
        let expired = StaffLockoutFile.load(path: path, wallNow: wall.addingTimeInterval(200), now: now)
        #expect(!expired.isLocked(at: now))
    }

    /// At a kiosk «Guardar» never falls back to ~/Descargas on the kiosk's own disk, where the next
    /// person would find the documents: only the medium of the settings (documentos.descargas, --downloads).
    @Test func aKioskSavesOnlyToItsRemovableMedium() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("nss-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var options = WizardOptions()
        options.kiosk = true
        let outlet = WizardProgram(options: options).outlet(KioskSettings(), environment: ["HOME": home.path])
        await #expect(throws: DeliveryFailure.self) {
            try await outlet.save([DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF".utf8))])
        }
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("Descargas").path))

        let medium = home.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: medium, withIntermediateDirectories: true)
        var settings = KioskSettings()
        settings.downloads = medium.path
        let saved = try await WizardProgram(options: options).outlet(settings, environment: ["HOME": home.path])
            .save([DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF".utf8))])
        #expect(saved == [medium.appendingPathComponent("NSS-1-constancia.pdf").path])
    }

    /// --downloads on the kiosk's own disk (the data directory's file system) is no removable medium:
    /// the wipe deletes what the session saved there.
    @Test func aKioskFolderOnItsOwnDiskIsEmptiedAtTheWipe() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("nss-home-\(UUID().uuidString)")
        let folder = home.appendingPathComponent("descargas"), data = home.appendingPathComponent("data")
        for url in [folder, data] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: home) }
        var options = WizardOptions()
        options.kiosk = true
        var settings = KioskSettings()
        settings.downloads = folder.path
        settings.dataDirectory = data.path
        let outlet = WizardProgram(options: options).outlet(settings, environment: ["HOME": home.path])
        let saved = try await outlet.save([DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF".utf8))])
        #expect(FileManager.default.fileExists(atPath: saved[0]))
        outlet.wipeSessionFiles()
        #expect(!FileManager.default.fileExists(atPath: saved[0]))
    }
}

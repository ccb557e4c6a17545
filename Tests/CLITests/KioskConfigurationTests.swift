import Foundation

@testable import NSSKioskCLI
import Testing
import TestSupport
import Wizard

/// The staff PIN of a kiosk, from DATA/kiosk.conf, and the lockout kept beside it.
@Suite(.runsPrograms) struct KioskConfigurationTests {
    @Test func aPlainPINIsCheckedByItsDigest() throws {
        let configuration = try KioskConfiguration.parse("# oficina\npin_personal = 246813  # cambiar\n", path: "kiosk.conf")
        #expect(configuration.staffPINCheck().accepts("246813"))
        #expect(!configuration.staffPINCheck().accepts("246814"))
        #expect(!configuration.staffPINCheck().accepts(""))
    }

    @Test func aDigestNeedsNoPINInTheFile() throws {
        // printf 246813 | sha256sum
        let digest = "59c25b00bc10f4b29e431c41429b1ef3ec1e8463de50a5b88be4e26ebcf5d633"
        let configuration = try KioskConfiguration.parse("pin_personal_sha256 = \(digest.uppercased())", path: "kiosk.conf")
        #expect(configuration.staffPINCheck().accepts("246813"))
        #expect(!configuration.staffPINCheck().accepts("59c2"))
    }

    @Test func aShortPINOrNoneIsRefused() {
        #expect(throws: WizardFailure.self) { try KioskConfiguration.parse("pin_personal = 12", path: "kiosk.conf") }
        #expect(throws: WizardFailure.self) { try KioskConfiguration.parse("otra = cosa", path: "kiosk.conf") }
    }

    /// Four digits fall to a shoulder or to three guesses too easily: six digits at least, digits only.
    @Test func aPINNeedsAtLeastSixDigits() throws {
        for pin in ["2468", "24681", "abcdef", "24 681 3"] {
            #expect(throws: WizardFailure(message: "En kiosk.conf, pin_personal debe tener al menos 6 dígitos (solo números del 0 al 9).")) {
                try KioskConfiguration.parse("pin_personal = \(pin)", path: "kiosk.conf")
            }
        }
        // A digest cannot be checked when the kiosk starts; a short PIN is refused when typed.
        let digestOf2468 = "a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972"
        let configuration = try KioskConfiguration.parse("pin_personal_sha256 = \(digestOf2468)", path: "kiosk.conf")
        #expect(!configuration.staffPINCheck().accepts("2468"))
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
    /// person would find the documents: only the medium given with --downloads.
    @Test func aKioskSavesOnlyToItsRemovableMedium() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("nss-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var options = WizardOptions()
        options.kiosk = true
        let outlet = WizardProgram(options: options).outlet(environment: ["HOME": home.path])
        await #expect(throws: DeliveryFailure.self) {
            try await outlet.save([DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF".utf8))])
        }
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("Descargas").path))

        let medium = home.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: medium, withIntermediateDirectories: true)
        options.downloads = medium.path
        let saved = try await WizardProgram(options: options).outlet(environment: ["HOME": home.path])
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
        options.downloads = folder.path
        options.dataDirectory = data.path
        let outlet = WizardProgram(options: options).outlet(environment: ["HOME": home.path])
        let saved = try await outlet.save([DocumentFile(name: "NSS-1-constancia.pdf", data: Data("%PDF".utf8))])
        #expect(FileManager.default.fileExists(atPath: saved[0]))
        outlet.wipeSessionFiles()
        #expect(!FileManager.default.fileExists(atPath: saved[0]))
    }
}

import Crypto
import FoundationEssentials
import KioskSettings
import Wizard

extension StaffPINDigest {
    /// The check the staff exit uses: the typed PIN's SHA-256 against this one, compared in constant
    /// time. A typed PIN of fewer than six digits is refused whatever the configuration says (a digest
    /// cannot be checked for length when the kiosk starts). `lockoutStore` keeps the lockout.
    func staffPINCheck(lockoutStore: StaffLockoutStore = .none) -> StaffPINCheck {
        let expected = bytes
        return StaffPINCheck(lockoutStore: lockoutStore) { typed in
            guard StaffPINDigest.isAcceptablePIN(typed) else { return false }
            let digest = Array(SHA256.hash(data: Data(typed.utf8)))
            return digest.count == expected.count && zip(digest, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
    }
}

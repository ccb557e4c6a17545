import Crypto
import FoundationEssentials
import Wizard

/// The kiosk's settings for its staff, from `DATA/kiosk.conf`: lines `clave = valor`, `#` comments.
///
/// `pin_personal = 1234` sets the staff PIN that the staff exit asks for (Ctrl-X or F12 in
/// `--kiosk`); `pin_personal_sha256 = <64 hex digits>` sets it by its SHA-256 instead, so the file
/// need not hold the PIN itself. A kiosk refuses to start without one.
struct KioskConfiguration: Equatable {
    /// The SHA-256 of the staff PIN, as 32 bytes.
    let pinDigest: [UInt8]

    static let fileName = "kiosk.conf"

    /// Reads the configuration of the data directory `directory`.
    static func load(from directory: URL) throws(WizardFailure) -> KioskConfiguration {
        let url = directory.appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw WizardFailure(message: "El modo quiosco necesita el PIN del personal: escribe "
                                 + "«pin_personal = …» en \(url.path) (no existe o no se puede leer).")
        }
        return try parse(text, path: url.path)
    }

    static func parse(_ text: String, path: String) throws(WizardFailure) -> KioskConfiguration {
        let settings = KeyValueText.parse(text)
        if let hex = settings["pin_personal_sha256"] {
            guard let digest = bytes(fromHex: hex), digest.count == SHA256.byteCount else {
                throw WizardFailure(message: "En \(path), pin_personal_sha256 debe tener 64 dígitos hexadecimales.")
            }
            return KioskConfiguration(pinDigest: digest)
        }
        if let pin = settings["pin_personal"] {
            guard isAcceptablePIN(pin) else {
                throw WizardFailure(message: "En \(path), pin_personal debe tener al menos \(minimumPINLength) dígitos "
                                     + "(solo números del 0 al 9).")
            }
            return KioskConfiguration(pinDigest: Array(SHA256.hash(data: Data(pin.utf8))))
        }
        throw WizardFailure(message: "El modo quiosco necesita el PIN del personal: escribe "
                             + "«pin_personal = …» (o pin_personal_sha256) en \(path).")
    }

    /// A staff PIN has at least six digits: four can be watched over a shoulder or guessed in the
    /// three tries a lockout allows far too easily.
    static let minimumPINLength = 6

    static func isAcceptablePIN(_ pin: String) -> Bool {
        pin.count >= minimumPINLength && pin.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The check the staff exit uses: the typed PIN's SHA-256 against the configured one, compared in
    /// constant time. A typed PIN of fewer than six digits is refused whatever the file says (a digest
    /// cannot be checked for length when the kiosk starts). `lockoutStore` keeps the lockout.
    func staffPINCheck(lockoutStore: StaffLockoutStore = .none) -> StaffPINCheck {
        let expected = pinDigest
        return StaffPINCheck(lockoutStore: lockoutStore) { typed in
            guard KioskConfiguration.isAcceptablePIN(typed) else { return false }
            let digest = Array(SHA256.hash(data: Data(typed.utf8)))
            return digest.count == expected.count && zip(digest, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
    }

    private static func bytes(fromHex hex: String) -> [UInt8]? {
        let digits = Array(hex.lowercased())
        guard digits.count % 2 == 0 else { return nil }
        return stride(from: 0, to: digits.count, by: 2).map { String(digits[$0...$0 + 1]) }
            .reduce(into: [UInt8]?([])) { result, pair in
                guard let byte = UInt8(pair, radix: 16) else { result = nil; return }
                result?.append(byte)
            }
    }
}

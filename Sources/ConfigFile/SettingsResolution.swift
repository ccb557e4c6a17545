import Crypto
import Foundation
import KioskSettings
import NSSCore

/// The settings of this run: the defaults, the configuration file (`--config`, else `NSS_KIOSK_CONFIG`,
/// else `/etc/nss-kiosk/config.toml` when it exists), the environment, the command line — each over the
/// one before — and, when none of them sets the staff PIN, the older `DATA/kiosk.conf`.
public enum SettingsResolution {
    /// Why the settings cannot be had, in Spanish: every problem of the file, or the bad variable.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The file to read: the one asked for, or the standard one if it exists (nil: none).
    public static func filePath(given: String?, environment: [String: String]) -> String? {
        if let given { return given }
        if let named = environment[KioskSettings.fileVariable], !named.isEmpty { return named }
        return FileManager.default.fileExists(atPath: KioskSettings.standardFile) ? KioskSettings.standardFile : nil
    }

    public static func resolve(configPath: String?, environment: [String: String],
                               commandLine: [Setting: SettingValue]) throws(Failure) -> KioskSettings {
        var settings = KioskSettings()
        if let path = filePath(given: configPath, environment: environment) {
            let file = ConfigFile.read(path: path)
            guard file.problems.isEmpty else {
                throw Failure(message: "El archivo de configuración \(path) tiene errores:\n"
                    + file.problems.map { "  " + $0.described(in: path) }.joined(separator: "\n")
                    + "\nRevísalo con «nss-kiosk config check \(path)».")
            }
            for (setting, value) in file.layer {
                settings = settings.applying([setting: value], from: .file(path: path, line: file.lines[setting] ?? 0))
            }
        }
        switch KioskSettings.environmentLayer(environment) {
        case .success(let layer):
            for (setting, value) in layer {
                settings = settings.applying([setting: value], from: .environment(variable: setting.environmentVariable))
            }
        case .failure(let problem):
            throw Failure(message: problem.message)
        }
        for (setting, value) in commandLine {
            settings = settings.applying([setting: value], from: .commandLine(option: setting.flag ?? setting.name))
        }
        if settings.staffPINDigest == nil {
            let data = DataLocation.directory(given: settings.dataDirectory, environment: environment)
            if let legacy = try LegacyKioskConf.read(in: data) {
                settings.staffPINDigest = legacy
                settings.sources[Setting.staffPINDigest.rawValue] = .legacyFile(path: LegacyKioskConf.path(in: data))
            }
        }
        return settings
    }
}

/// `DATA/kiosk.conf`, where the staff PIN was set before the configuration file: `pin_personal = 246813`
/// or `pin_personal_sha256 = …`. Still read when nothing else sets the PIN; `config check` says how to
/// move it.
public enum LegacyKioskConf {
    public static let fileName = "kiosk.conf"

    public static func path(in data: URL) -> String { data.appendingPathComponent(fileName).path }

    /// The PIN's digest the file gives, nil when there is no such file or it sets no PIN.
    public static func read(in data: URL) throws(SettingsResolution.Failure) -> StaffPINDigest? {
        let path = path(in: data)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let values = KeyValueText.parse(text)
        if let hex = values["pin_personal_sha256"] {
            guard let digest = StaffPINDigest(hex: hex) else {
                throw .init(message: "En \(path), pin_personal_sha256 debe tener 64 dígitos hexadecimales.")
            }
            return digest
        }
        if let pin = values["pin_personal"] {
            guard StaffPINDigest.isAcceptablePIN(pin) else {
                throw .init(message: "En \(path), pin_personal debe tener al menos \(StaffPINDigest.minimumPINLength) dígitos "
                            + "(solo números del 0 al 9).")
            }
            return StaffPINDigest(bytes: Array(SHA256.hash(data: Data(pin.utf8))))
        }
        return nil
    }

    /// How to move it, for `config check`.
    public static func moveAdvice(path: String, configPath: String) -> String {
        "Aviso: el PIN del personal aún está en \(path), que se sigue leyendo mientras \(configPath) no lo defina. "
            + "Para pasarlo: escribe en \(configPath) la sección [personal] con pin_sha256 = \"…\" (el resultado de "
            + "printf TUPIN | sha256sum) y borra \(path)."
    }
}

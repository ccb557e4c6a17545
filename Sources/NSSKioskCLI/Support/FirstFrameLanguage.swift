import FoundationEssentials
import KioskSettings
import NSSCore

/// Whether the first screen should wait for the service's greeting: only when the office's language may
/// not be Spanish. The wizard reads no configuration itself (the service does, and hands back the
/// settings and the catalogues), so this is a glance, not a reading: the command line's `--language`, the
/// environment's variable, or a top-level `idioma` in the configuration file that the service will read.
/// A Spanish office paints at once, as before; an English one paints its first screen in English instead
/// of showing Spanish for a moment. A wrong glance costs only that moment, never the language: the
/// screens always go by what the service resolved.
enum FirstFrameLanguage {
    static func mayNotBeSpanish(_ options: WizardOptions, environment: [String: String],
                                fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) },
                                read: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }) -> Bool {
        // Each layer over the one below: the first that names a language decides.
        if case .text(let code)? = options.settings[.language] { return code != spanish }
        if let code = environment[Setting.language.environmentVariable], !code.isEmpty { return code != spanish }
        let path: String? = if let given = options.config { given }
            else if let named = environment[KioskSettings.fileVariable], !named.isEmpty { named }
            else if fileExists(KioskSettings.standardFile) { KioskSettings.standardFile }
            else { nil }
        guard let path, let text = read(path) else { return false }
        return configuredLanguage(in: text).map { $0 != spanish } ?? false
    }

    /// The value of a top-level `idioma = "…"` line (before any `[table]`), as written.
    static func configuredLanguage(in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.prefix { $0 != "#" }.trimmingWhiteSpace()
            if content.hasPrefix("[") { return nil }
            guard let equals = content.firstIndex(of: "="), content[..<equals].trimmingWhiteSpace() == key else { continue }
            return content[content.index(after: equals)...].trimmingWhiteSpace().filter { $0 != "\"" && $0 != "'" }
        }
        return nil
    }

    private static let key = "idioma"
    private static let spanish = "es"
}

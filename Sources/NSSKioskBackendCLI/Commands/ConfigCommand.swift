import ArgumentParser
import CommandLineSupport
import ConfigFile
import Foundation
import KioskSettings
import NSSCore

/// `nss-kiosk config check [ARCHIVO]` and `nss-kiosk config show`: the configuration file for staff.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Revisa el archivo de configuración o muestra la configuración que se usa.",
        subcommands: [Check.self, Show.self, Language.self]
    )

    /// Says, line by line and in Spanish, what is wrong with a configuration file; exit status 1 when
    /// something is.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Dice qué está mal en un archivo de configuración, línea por línea (estado de salida 1 si algo lo está).",
            discussion: "Sin ARCHIVO revisa el de \(KioskSettings.fileVariable) o \(KioskSettings.standardFile)."
        )

        @Argument(help: ArgumentHelp("El archivo que revisar.", valueName: "archivo"))
        var file: String?

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            guard let path = file ?? SettingsResolution.filePath(given: nil, environment: environment) else {
                throw CommandFailure(message: "No hay archivo de configuración en \(KioskSettings.standardFile); "
                                     + "di cuál revisar: nss-kiosk config check ARCHIVO.")
            }
            let checked = ConfigFile.read(path: path)
            let problems = (checked.problems + StoreSettingCheck.problems(checked)).sorted { ($0.line ?? 0) < ($1.line ?? 0) }
            var out = OutputBuffer()
            for problem in problems {
                out.append(problem.described(in: path) + "\n")
            }
            if problems.isEmpty {
                out.append("\(path): sin problemas.\n")
            } else {
                out.append(problems.count == 1 ? "1 problema en \(path).\n" : "\(problems.count) problemas en \(path).\n")
            }
            let catalogues = Self.catalogues(checked, environment: environment)
            for line in catalogues.lines { out.append(line + "\n") }
            if checked.layer[.staffPINDigest] == nil {
                let given: String? = if case .text(let path)? = checked.layer[.dataDirectory] { path } else { nil }
                advise(data: DataLocation.directory(given: given, environment: environment), configPath: path, into: &out)
            }
            out.flush()
            if !problems.isEmpty || !catalogues.fine { throw ExitCode(1) }
        }

        /// The catalogues this configuration finds, each checked, and the configured language's: what a
        /// run would use, said before a kiosk shows the wrong words.
        static func catalogues(_ file: ConfigFile, environment: [String: String]) -> (lines: [String], fine: Bool) {
            var settings = KioskSettings().applying(file.layer, from: .file(path: file.path, line: 0))
            if case .success(let layer) = KioskSettings.environmentLayer(environment) {
                settings = settings.applying(layer, from: .environment(variable: ""))
            }
            let files = LanguageCatalogues.files(in: LanguageCatalogues.folders(settings, programFolder: LanguageCatalogues.programFolder))
            // A good catalogue goes without saying here (`config idioma FILE` says it).
            var lines = files.filter { !$0.problems.isEmpty || !$0.missing.isEmpty || $0.catalogue == nil }.flatMap(\.report)
            var fine = files.allSatisfy { $0.problems.isEmpty && $0.catalogue != nil }
            if settings.language != Catalogue.spanish.code, !files.contains(where: { $0.code == settings.language && $0.catalogue != nil }) {
                lines.append("idioma = «\(settings.language)»: no hay un catálogo \(settings.language).toml que se pueda usar en "
                             + "\(settings.languagesFolder ?? LanguageCatalogues.standardFolder) ni junto a los programas; "
                             + "las pantallas se muestran en español.")
                fine = false
            }
            return (lines, fine)
        }

        private func advise(data: URL, configPath: String, into out: inout OutputBuffer) {
            let legacy = LegacyKioskConf.path(in: data)
            guard FileManager.default.fileExists(atPath: legacy) else { return }
            out.append(LegacyKioskConf.moveAdvice(path: legacy, configPath: configPath) + "\n")
        }
    }

    /// Checks one language catalogue, before it is put where the programs find it.
    struct Language: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "idioma",
            abstract: "Revisa un catálogo de idioma (CODIGO.toml): claves desconocidas, datos entre llaves que faltan o sobran, textos que faltan (estado de salida 1 si tiene errores)."
        )

        @Argument(help: ArgumentHelp("El catálogo que revisar.", valueName: "archivo"))
        var file: String

        func run() throws {
            let checked = CatalogueFile.read(path: file)
            var out = OutputBuffer()
            for line in checked.report { out.append(line + "\n") }
            out.flush()
            if !checked.problems.isEmpty || checked.catalogue == nil { throw ExitCode(1) }
        }
    }

    /// Every setting with the value this run would use and where it comes from.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Muestra cada ajuste con el valor que se usaría y de dónde viene (archivo, variable, opción o valor por omisión)."
        )

        @OptionGroup var backend: BackendArguments

        func run() throws {
            let settings = try backend.settings()
            var out = OutputBuffer()
            for setting in Setting.allCases {
                let value = settings.value(of: setting).map(Self.written) ?? "(sin valor)"
                let source = settings.sources[setting.rawValue]?.described ?? "valor por omisión"
                out.append("\(setting.name) = \(value)\t# \(source)\n")
            }
            out.flush()
        }

        static func written(_ value: SettingValue) -> String {
            switch value {
            case .text(let text): "\"\(UnsafeText.escaped(text))\""
            case .integer(let number): String(number)
            case .flag(let on): on ? "true" : "false"
            }
        }
    }
}

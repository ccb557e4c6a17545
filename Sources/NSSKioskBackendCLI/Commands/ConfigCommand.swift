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
        subcommands: [Check.self, Show.self]
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
            var out = OutputBuffer()
            for problem in checked.problems {
                out.append(problem.described(in: path) + "\n")
            }
            if checked.problems.isEmpty {
                out.append("\(path): sin problemas.\n")
            } else {
                out.append(checked.problems.count == 1 ? "1 problema en \(path).\n" : "\(checked.problems.count) problemas en \(path).\n")
            }
            if checked.layer[.staffPINDigest] == nil {
                let given: String? = if case .text(let path)? = checked.layer[.dataDirectory] { path } else { nil }
                advise(data: DataLocation.directory(given: given, environment: environment), configPath: path, into: &out)
            }
            out.flush()
            if !checked.problems.isEmpty { throw ExitCode(1) }
        }

        private func advise(data: URL, configPath: String, into out: inout OutputBuffer) {
            let legacy = LegacyKioskConf.path(in: data)
            guard FileManager.default.fileExists(atPath: legacy) else { return }
            out.append(LegacyKioskConf.moveAdvice(path: legacy, configPath: configPath) + "\n")
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

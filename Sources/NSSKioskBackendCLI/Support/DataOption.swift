import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import NSSCore

/// `--data CARPETA`: the data directory of the embedded backend, the same default as the wizard's.
struct DataOption: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "La carpeta de datos de nss-kiosk (por omisión $XDG_DATA_HOME/nss-kiosk o ~/.local/share/nss-kiosk).",
        valueName: "carpeta"))
    var path: String?

    /// The configuration of that data directory.
    var configuration: EmbeddedConfiguration {
        EmbeddedConfiguration(dataDirectory: path.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? DataLocation.defaultDirectory())
    }
}

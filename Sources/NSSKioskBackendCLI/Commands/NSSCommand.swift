import ArgumentParser
import CommandLineSupport
import LogSetup
import NSSCore

/// `nss-kiosk nss …`.
struct NSSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss",
        abstract: "Valida Números de Seguridad Social.",
        subcommands: [NSSCheck.self]
    )
}

/// `nss-kiosk nss check [NSS ...]`.
struct NSSCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Valida NSS: una línea por cada uno, «NSS<TAB>valid» o «NSS<TAB>invalid<TAB>código<TAB>motivo».",
        discussion: "Sin argumentos, o con «-», lee un NSS por línea de la entrada estándar. Acepta espacios y guiones entre los dígitos. Termina con 0 si todos son válidos y con 1 si alguno no lo es."
    )

    @Argument(help: "Los NSS a validar.")
    var numbers: [String] = []

    func run() throws {
        Logs.bootstrapStandardError()
        let status = LineCheck { input in
            switch NSS.validate(NSS.normalize(input)) {
            case .success: nil
            case .failure(let f): (f.code, f.message)
            }
        }.run(arguments: numbers)
        if status != 0 { throw ExitStatus.invalid }
    }
}

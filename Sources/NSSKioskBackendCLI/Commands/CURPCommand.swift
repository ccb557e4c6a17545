import ArgumentParser
import CommandLineSupport
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk curp …`: check and derive CURPs.
struct CURPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curp",
        abstract: "Valida o construye CURP.",
        subcommands: [CURPCheck.self, CURPDerive.self]
    )
}

/// `nss-kiosk curp check [CURP ...]`.
struct CURPCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Valida CURP: una línea por cada una, «CURP<TAB>valid» o «CURP<TAB>invalid<TAB>código<TAB>motivo».",
        discussion: "Sin argumentos, o con «-», lee una CURP por línea de la entrada estándar. Termina con 0 si todas son válidas y con 1 si alguna no lo es."
    )

    @Argument(help: "Las CURP a validar.")
    var curps: [String] = []

    func run() throws {
        Logs.bootstrapStandardError()
        let today = MexicoCityTime.civilDate(Date())
        let status = LineCheck { input in
            switch CURP.check(typed: input, today: today) {
            case .success: nil
            case .failure(let f): (f.code, f.message)
            }
        }.run(arguments: curps)
        if status != 0 { throw ExitStatus.invalid }
    }
}

/// `nss-kiosk curp derive …`.
struct CURPDerive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: "Construye la CURP de una persona con las reglas oficiales de RENAPO.",
        discussion: "La posición 17 es «0» para nacidos antes de 2000 y «A» desde 2000, salvo que RENAPO haya asignado otra (--homonimia)."
    )

    @Option(name: .customLong("given"), help: "Nombre(s), como en el acta de nacimiento.")
    var givenNames: String
    @Option(name: .customLong("first"), help: "Primer apellido (si lo hay).")
    var firstSurname: String?
    @Option(name: .customLong("second"), help: "Segundo apellido (si lo hay).")
    var secondSurname: String?
    @Option(name: .customLong("birth"), help: "Fecha de nacimiento, AAAA-MM-DD.")
    var birth: String
    @Option(help: "Sexo: H, M o X.")
    var sex: String
    @Option(help: "Clave de la entidad de nacimiento (NT, JC, DF…; NE si nació en el extranjero).")
    var state: String
    @Option(name: .customLong("homonimia"), help: "Carácter 17 asignado por RENAPO, si no es el inicial.")
    var homonymy: String?

    func run() throws {
        Logs.bootstrapStandardError()
        guard let birthDate = CivilDate(iso: birth) else {
            throw CommandFailure(message: "La fecha «\(UnsafeText.escaped(birth))» no es válida: escríbela como AAAA-MM-DD, por ejemplo 1956-04-27.")
        }
        guard let sexValue = Sex(rawValue: sex.uppercased()) else {
            throw CommandFailure(message: "El sexo «\(UnsafeText.escaped(sex))» no es válido: usa H (hombre), M (mujer) o X (no binario).")
        }
        guard let place = MexicanState(code: state) else {
            throw CommandFailure(message: "«\(UnsafeText.escaped(state))» no es una clave de entidad. Claves válidas: "
                + MexicanState.allCases.map(\.code).joined(separator: " ") + ".")
        }
        var homonymyCharacter: Character?
        if let homonymy {
            guard homonymy.count == 1 else {
                throw CommandFailure(message: "--homonimia lleva un solo carácter (0–9 antes de 2000, A–J desde 2000).")
            }
            homonymyCharacter = homonymy.uppercased().first
        }
        do {
            let curp = try CURP.derive(givenNames: givenNames, firstSurname: firstSurname, secondSurname: secondSurname,
                                       birthDate: birthDate, sex: sexValue, state: place, homonymy: homonymyCharacter)
            print(curp.value)
        } catch {
            throw CommandFailure(message: error.message)
        }
    }
}

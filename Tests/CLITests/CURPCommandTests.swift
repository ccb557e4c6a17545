import Foundation
import Testing
import TestSupport

@Suite(.runsPrograms) struct CURPCommandTests {
    @Test func checkPrintsOneLinePerCURPAndExitsZeroWhenAllAreValid() async throws {
        let run = try await Run.nssKiosk(["curp", "check", "HEGG560427MVZRRL04", "hegg-560427-mvzrrl04"])
        #expect(run.status == 0)
        #expect(run.stdout == "HEGG560427MVZRRL04\tvalid\nhegg-560427-mvzrrl04\tvalid\n")
    }

    @Test func checkGivesAStableCodeAndASpanishReasonAndExitsOne() async throws {
        let run = try await Run.nssKiosk(["curp", "check", "HEGG560427MVZRRL05", "HEGG560427MVZRRL04"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines[0] == ["HEGG560427MVZRRL05", "invalid", "digito-verificador",
                             "El dígito verificador (posición 18) no corresponde: se esperaba 4, no «5». Revisa los demás caracteres."])
        #expect(lines[1] == ["HEGG560427MVZRRL04", "valid"])
    }

    @Test func checkReadsStandardInputWithoutArgumentsOrWithADash() async throws {
        let input = "HEGG560427MVZRRL04\nHEGG561327MVZRRL04\r\n"
        for arguments in [["curp", "check"], ["curp", "check", "-"]] {
            let run = try await Run.nssKiosk(arguments, stdin: input)
            #expect(run.status == 1)
            let lines = run.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[1].hasPrefix("HEGG561327MVZRRL04\tinvalid\tfecha\t"))
        }
    }

    @Test func checkNeverEchoesAnEscapeSequenceToTheTerminal() async throws {
        let run = try await Run.nssKiosk(["curp", "check", "\u{1B}[2JHEGG"])
        #expect(run.status == 1)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stdout.hasPrefix("\\u{1B}[2JHEGG\tinvalid\t"))
    }

    @Test func deriveBuildsTheCURPByTheOfficialRules() async throws {
        let run = try await Run.nssKiosk(["curp", "derive", "--given", "María de los Ángeles", "--first", "Núñez",
                                    "--second", "de la Peña", "--birth", "2001-02-03", "--sex", "M", "--state", "NT"])
        #expect(run.status == 0)
        #expect(run.stdout == "NUPA010203MNTXXNA9\n")
    }

    @Test func deriveAcceptsAPersonWithOneSurnameOrNone() async throws {
        let one = try await Run.nssKiosk(["curp", "derive", "--given", "Luis", "--first", "Pérez", "--birth", "1985-07-01",
                                    "--sex", "H", "--state", "JC"])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("PEXL850701HJC"))
        let none = try await Run.nssKiosk(["curp", "derive", "--given", "Juan", "--birth", "1985-07-01", "--sex", "H",
                                     "--state", "NE"])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("XXXJ850701HNE"))
    }

    @Test(arguments: [
        (["--birth", "1990-02-30", "--sex", "H", "--state", "NT"], "La fecha «1990-02-30» no es válida"),
        (["--birth", "1990-02-03", "--sex", "Q", "--state", "NT"], "El sexo «Q» no es válido"),
        (["--birth", "1990-02-03", "--sex", "H", "--state", "ZZ"], "«ZZ» no es una clave de entidad"),
        (["--birth", "1990-02-03", "--sex", "H"], "Falta el argumento obligatorio '--state <state>'"),
    ])
    func deriveRefusesBadInputInSpanishWithExitTwo(extra: [String], message: String) async throws {
        let run = try await Run.nssKiosk(["curp", "derive", "--given", "Juan"] + extra)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message))
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func anUnknownCommandIsAUsageErrorWithExitTwo() async throws {
        let run = try await Run.nssKiosk(["curp", "chek"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Argumento inesperado"))
    }
}

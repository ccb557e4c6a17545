import Testing
import TestSupport

@Suite(.runsPrograms) struct NSSCommandTests {
    @Test func checkValidatesTheLuhnDigitAndAcceptsSpacesAndDashes() async throws {
        let run = try await Run.nssKiosk(["nss", "check", "30906824930", "17 80 58 1644-8"])
        #expect(run.status == 0)
        #expect(run.stdout == "30906824930\tvalid\n17 80 58 1644-8\tvalid\n")
    }

    @Test func checkSaysWhichDigitWasExpected() async throws {
        let run = try await Run.nssKiosk(["nss", "check"], stdin: "12345678901\n1234\n12345a78901\n")
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "12345678901\tinvalid\tdigito-verificador\tEl dígito verificador (el último) no corresponde: se esperaba 3.",
            "1234\tinvalid\tlongitud\tEl NSS tiene 11 dígitos; éste tiene 4.",
            "12345a78901\tinvalid\tcaracter\tEl NSS sólo lleva dígitos; en la posición 6 hay «a».",
        ])
    }
}

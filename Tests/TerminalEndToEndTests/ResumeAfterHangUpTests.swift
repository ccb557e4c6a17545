import Foundation
import Testing
import TestSupport

/// A dropped SSH connection (SIGHUP) at every screen, then `nss-kiosk --resume` in another terminal of the
/// same account: screens 1 to 4 kept nothing and say so; from screen 5 on the procedure goes on where it
/// stopped, listed with its CURP and email masked, and without a second email or a second NSS.
///
/// Serialized: nine terminals and their services at once would load a small machine for every other suite.
@Suite(.needsTmux, .runsPrograms, .serialized)
struct ResumeAfterHangUpTests {
    static let email = "ana.perales@gmail.com"
    static let maskedEmail = "an***@gmail.com"

    /// What the list says of an application cut short on each screen from 5 on.
    static let stage = [5: "Esperando la confirmación del correo", 6: "Paso 1 · Iniciar trámite",
                        7: "Paso 2 · Finalizar trámite", 8: "Tu Número de Seguridad Social", 9: "Documentos"]

    @Test(arguments: 1...9)
    func aHangUpOnScreenNGoesOnThereWithResume(screen: Int) async throws {
        let first = try await KioskTerminal.open()
        defer { first.close() }
        let kiosk = first.kiosk
        let curp = try await kiosk.demoCURP(withNSS: false)
        let before = try await first.reach(screen: screen, curp: curp, email: Self.email)
        kill(try await first.tmux.programID(), SIGHUP)
        #expect(try await first.tmux.waitForExit().status == 128 + SIGHUP)

        let second = try await KioskTerminal.open(["--resume"], kiosk: kiosk)
        defer { second.close() }
        let tmux = second.tmux
        guard screen >= 5 else {
            // Nothing of screens 1 to 4 reached the store, and nothing was written anywhere else either.
            let shown = try await tmux.waitFor("No hay trámites para continuar en esta cuenta")
            #expect(shown.contains("Paso 1 de 9"))
            #expect(!shown.contains(curp) && !shown.contains(Self.email))
            #expect(try await kiosk.auditSteps().filter { $0.hasPrefix("solicitud") }.isEmpty)
            return
        }
        let list = try await tmux.waitFor("Continuar un trámite")
        let listed = try await tmux.waitFor(Self.stage[screen]!)
        #expect(listed.contains("CURP \(curp.prefix(4))**************"), "\(list)")
        #expect(listed.contains(Self.maskedEmail))
        #expect(!listed.contains(curp) && !listed.contains(Self.email), "nothing in full in the list")
        if screen >= 8, let folio = before.folio { #expect(listed.contains("folio \(folio)")) }

        try await tmux.press("Enter")
        let resumed = try await tmux.waitFor("Paso \(screen) de 9")
        #expect(resumed.contains("Seguimos con tu trámite donde se quedó."))
        switch screen {
        case 5:
            // The code of the only email still confirms: no second one was sent.
            try await tmux.type(try await kiosk.confirmationCode())
            try await tmux.press("Enter")
            try await tmux.waitFor("Paso 6 de 9")
        case 6, 7:
            #expect(resumed.contains("Bienvenido: "), "the registered person, from the store")
            #expect(screen == 7 || resumed.contains(curp))
        case 8:
            #expect(Self.nss(on: resumed) == before.nss, "the stored NSS, not a second one")
        default:
            try await tmux.waitFor("Tarjeta de Número de Seguridad Social")
        }

        // Leaving now is asked (something of the person shows) and leaves the application for good.
        try await tmux.press("F10")
        try await tmux.waitFor("¿Deseas salir?")
        try await tmux.press("F10")
        #expect(try await tmux.waitForExit().status == 0)
        let steps = try await kiosk.auditSteps()
        #expect(steps.filter { $0 == "solicitud hecho" }.count == 1)
        #expect(steps.filter { $0 == "reanudacion hecho" }.count == 1)
        #expect(!steps.contains { $0.hasPrefix("reenvio") }, "no email sent again")
        #expect(steps.filter { $0 == "paso-2 hecho" }.count == (screen >= 8 ? 1 : 0), "Paso 2 never twice")
        #expect(kiosk.deliveredMails() == (screen >= 8 ? 2 : 1), "the confirmation, and the result once: \(steps)")

        let third = try await KioskTerminal.open(["--resume"], kiosk: kiosk)
        defer { third.close() }
        try await third.tmux.waitFor("No hay trámites para continuar en esta cuenta")
    }

    /// The store as the months leave it, changed with the sqlite3 program: a link that expired an hour ago,
    /// an application another Unix account started. Neither is offered; the expired one is said.
    @Test(.enabled(if: Tool("sqlite3").isInstalled, "sqlite3 is not installed: make test installs it"),
          arguments: [true, false])
    func anExpiredLinkIsSaidAndAnotherAccountsApplicationIsNotListed(expired: Bool) async throws {
        let first = try await KioskTerminal.open()
        defer { first.close() }
        let curp = try await first.kiosk.demoCURP(withNSS: true)
        try await first.reachWaitingScreen(curp: curp, email: Self.email)
        kill(try await first.tmux.programID(), SIGHUP)
        _ = try await first.tmux.waitForExit()
        let change = expired ? "UPDATE confirmation_secret SET expires_at = expires_at - 3600;"
                             : "UPDATE application SET opened_account = 'otra-cuenta';"
        try await Tool("sqlite3").output([first.kiosk.data.appendingPathComponent("nss-kiosk.sqlite").path, change])

        let second = try await KioskTerminal.open(["--resume"], kiosk: first.kiosk)
        defer { second.close() }
        let shown = try await second.tmux.waitFor("No hay trámites para continuar en esta cuenta")
        #expect(shown.contains("venció") == expired, "\(shown)")
        #expect(!shown.contains(Self.maskedEmail) && !shown.contains(String(curp.prefix(4))))
    }

    /// A kiosk's person walked away: `--resume` is refused there, and what a kiosk submitted is offered to
    /// nobody, not even to the kiosk's own account from a staff session.
    @Test func aKiosksApplicationIsNeverOfferedAndAKioskRefusesResume() async throws {
        let first = try await KioskTerminal.open(["--kiosk"], staffPIN: "246813")
        defer { first.close() }
        try await first.reachWaitingScreen(curp: try await first.kiosk.demoCURP(withNSS: true), email: Self.email)
        kill(try await first.tmux.programID(), SIGHUP)
        _ = try await first.tmux.waitForExit()

        let refused = try await Run.nssKiosk(first.kiosk.wizardArguments(["--kiosk", "--resume"]).dropFirst().map { $0 },
                                             environment: ["TERM": "xterm"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("nss-kiosk: En un quiosco no se continúan trámites interrumpidos (--resume)"))

        let staff = try await KioskTerminal.open(["--resume"], kiosk: first.kiosk)
        defer { staff.close() }
        try await staff.tmux.waitFor("No hay trámites para continuar en esta cuenta")
    }

    /// The line mode on a pipe: the input ends on the waiting screen (the line dropped), and
    /// `--plain --resume` reads the list out by number, masked in words, and goes on with «1».
    @Test func theLineModeListsByNumberAndGoesOn() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-resume-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kiosk = Kiosk(data: folder.appendingPathComponent("data"))
        let curp = try await kiosk.demoCURP(withNSS: true)
        let arguments = ["--plain", "--data", kiosk.data.path, "--captcha-test-answer", Kiosk.captchaAnswer]
        let environment = ["HOME": folder.path, "LANG": "C.UTF-8"]
        let first = try await Run.nssKiosk(arguments, stdin: "\(curp)\n\(Self.email)\n\(Self.email)\n\(Kiosk.captchaAnswer)\n",
                                           environment: environment)
        #expect(first.stdout.contains("Paso 5 de 9: Revisa tu correo"))

        let code = try await kiosk.confirmationCode()
        let second = try await Run.nssKiosk(arguments + ["--resume"], stdin: "1\n\(code)\n\n\n\n:terminar\n",
                                            environment: environment)
        #expect(second.status == 0)
        let list = second.stdout.components(separatedBy: "Paso 5 de 9").first ?? ""
        #expect(list.contains("1. Esperando la confirmación del correo. CURP que empieza con \(curp.prefix(4)), "
                              + "correo que empieza con an, en gmail.com. Se puede continuar hasta las "))
        #expect(!list.contains(curp) && !list.contains(Self.email))
        #expect(second.stdout.contains("Paso 9 de 9: Documentos"))
        #expect(second.stdout.contains("Terminaste el trámite."))
        #expect(kiosk.deliveredMails() == 2, "the confirmation once, and the result")
    }

    /// The NSS as screen 8 prints it under the big digits: `18 26 91 0001 4`.
    static func nss(on screen: String) -> String? {
        screen.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
            .first { $0.range(of: #"^\d\d \d\d \d\d \d\d\d\d \d$"#, options: .regularExpression) != nil }
    }
}

extension KioskTerminal {
    /// What was on the screens reached, to compare after resuming.
    struct Reached {
        var nss: String?
        var folio: String?
    }

    /// Reaches screen `screen` as a person does; on screens 1 to 4 the answer is typed and not yet sent.
    func reach(screen: Int, curp: String, email: String) async throws -> Reached {
        let typed = [1: curp, 2: email, 3: email, 4: Kiosk.captchaAnswer]
        if screen <= 4 {
            for step in 1..<screen { try await answer(step: step, with: step == 1 ? curp : email) }
            if screen == 4 { try await waitForCaptcha() } else { try await tmux.waitFor("Paso \(screen) de 9") }
            try await tmux.type(typed[screen]!)
            try await tmux.waitFor(screen == 4 ? "AbDeF" : String(typed[screen]!.prefix(12)))
            return Reached()
        }
        try await reachWaitingScreen(curp: curp, email: email)
        var reached = Reached()
        if screen >= 6 {
            try await tmux.type(try await kiosk.confirmationCode())
            try await tmux.press("Enter")
            try await tmux.waitFor("Paso 6 de 9")
        }
        if screen >= 7 {
            try await tmux.press("Enter")
            try await tmux.waitFor("Paso 7 de 9")
        }
        if screen >= 8 {
            try await tmux.press("Enter")
            let result = try await tmux.waitFor("Tu NSS es:")
            reached.nss = ResumeAfterHangUpTests.nss(on: result)
        }
        if screen >= 9 {
            try await tmux.press("Enter")
            let documents = try await tmux.waitFor("Tarjeta de Número de Seguridad Social")
            reached.folio = documents.split(separator: "\n").lazy.compactMap { line in
                line.range(of: #"\d{23}"#, options: .regularExpression).map { String(line[$0]) }
            }.first
        }
        return reached
    }
}

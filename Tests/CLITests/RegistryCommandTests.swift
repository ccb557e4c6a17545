import Foundation
import Testing
import TestSupport

@Suite(.runsPrograms) struct RegistryCommandTests {
    static func dataDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nss-cli-data-\(UUID().uuidString)").path
    }

    @Test func listShowsTheDemoRegistryWithTabsAndCountsIt() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(["registry", "list", "--data", data, "--limit", "3"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 3 })
        #expect(run.stderr.contains("personas en el registro"))
        let mode = try FileManager.default.attributesOfItem(atPath: data + "/nss-kiosk.sqlite")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aSubdelegationOutOfRangeIsAUsageErrorInSpanishAndOpensNothing() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(["registry", "list", "--data", data, "--subdelegation", "100"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("nss-kiosk: --subdelegation: debe ser un número de 1 a 99; dice 100.\n"))
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    /// A value typed on the command line is quoted back in the error, but an escape sequence in it is
    /// shown, never obeyed by staff's terminal (it could clear the screen or retitle the window).
    @Test func anEscapeSequenceInAnArgumentIsShownNotObeyed() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        for arguments in [["registry", "list", "--data", data, "--limit", "\u{1B}[2J5"],
                          ["registry", "import", "/nonexistent/\u{1B}]0;hola\u{07}.csv", "--data", data],
                          ["--idle", "\u{1B}[2J"]] {
            let run = try await Run.nssKiosk(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}"), "\(run.stderr.debugDescription)")
            #expect(run.stderr.contains("\\u{1B}"), "the escape is shown: \(run.stderr.debugDescription)")
        }
    }

    @Test func aMistypedOptionIsAnsweredInSpanishWithTheLikelyOne() async throws {
        let run = try await Run.nssKiosk(["registry", "list", "--limt", "3"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Opción desconocida '--limt'. ¿Quisiste decir '--limit'?"), "\(run.stderr)")
        #expect(!run.stderr.contains("Did you mean"))
    }

    /// A line break in what staff typed (an email, a path) was obeyed: the message of one error could
    /// show a second line of the program's own («nss-kiosk: Listo…»). Now it is shown as \u{A}.
    @Test func aLineBreakInAnArgumentCannotForgeALine() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let forged = "\nnss-kiosk: Listo: el cambio quedó registrado."
        for arguments in [["registry", "set-email", "XORC070223MYNLDLA6", "a@b" + forged, "--staff", "Ana", "--reason", "INE",
                           "--data", data],
                          ["registry", "import", "/nonexistent/registro" + forged, "--data", data]] {
            let run = try await Run.nssKiosk(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stderr.contains("\\u{A}nss-kiosk: Listo"), "\(run.stderr)")
        }
    }

    /// --staff and --reason are what the change record says: a zero-width space, a soft hyphen or a
    /// no-break space made «Ana» and «An\u{200B}a» two people in it, and were accepted. An unknown CURP,
    /// a bad email or a hostile value changes nothing; SQL in a value is only text.
    @Test func setEmailRecordsOnlyVisibleStaffAndReason() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let curp = "XORC070223MYNLDLA6"
        for (staff, reason) in [("An\u{200B}a", "INE"), ("Ana", "I\u{AD}NE"), ("An\u{A0}a", "INE"), ("Ana\u{2060}", "INE"),
                                ("Ana\u{202E}", "INE"), ("\u{1B}[2J", "INE"), (String(repeating: "A", count: 201), "INE"), ("  ", "INE")] {
            let run = try await Run.nssKiosk(["registry", "set-email", curp, "a@example.com", "--staff", staff,
                                              "--reason", reason, "--data", data])
            #expect(run.status == 2, "\(staff.debugDescription) \(reason.debugDescription)")
            #expect(run.stderr.hasPrefix("nss-kiosk: --"), "\(run.stderr)")
        }
        let unknown = try await Run.nssKiosk(["registry", "set-email", "PELJ900517HNTRPN09", "a@example.com", "--staff", "Ana",
                                              "--reason", "INE", "--data", data])
        #expect(unknown.status == 1 && unknown.stderr == "nss-kiosk: Esa CURP no está en el registro.\n")
        let sql = try await Run.nssKiosk(["registry", "set-email", curp, "a@example.com", "--staff", " Ana'); DROP TABLE person;-- ",
                                          "--reason", "INE", "--data", data])
        #expect(sql.status == 0, "\(sql.stderr)")
        let list = try await Run.nssKiosk(["registry", "list", "--data", data, "--limit", "1"])
        #expect(list.status == 0 && !list.stdout.isEmpty)
    }

    @Test func theHelpPageIsInSpanish() async throws {
        let run = try await Run.nssKiosk(["registry", "list", "--help"])
        #expect(run.status == 0)
        for words in ["DESCRIPCIÓN:", "USO:", "OPCIONES:", "(por omisión: 50)", "Por omisión 18.", "Muestra esta ayuda."] {
            #expect(run.stdout.contains(words), "«\(words)» is missing")
        }
        for words in ["OVERVIEW", "USAGE", "OPTIONS", "default", "Show help"] {
            #expect(!run.stdout.contains(words), "«\(words)» is still in English")
        }
    }

    @Test func importLoadsAGoodFileAndRefusesABadOneNamingTheLine() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let header = "curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss\n"
        let good = data + "-good.csv", bad = data + "-bad.csv"
        defer { try? FileManager.default.removeItem(atPath: good); try? FileManager.default.removeItem(atPath: bad) }
        try (header + "HEGG560427MVZRRL04,GLORIA,HERNÁNDEZ,GARCÍA,M,1956-04-27,VZ,\n").write(toFile: good, atomically: true, encoding: .utf8)
        try (header + "HEGG560427MVZRRL05,GLORIA,HERNÁNDEZ,GARCÍA,M,1956-04-27,VZ,\n").write(toFile: bad, atomically: true, encoding: .utf8)

        let refused = try await Run.nssKiosk(["registry", "import", bad, "--data", data])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("línea 2:"))
        #expect(refused.stderr.contains("se esperaba 4"))

        let loaded = try await Run.nssKiosk(["registry", "import", good, "--data", data])
        #expect(loaded.status == 0)
        #expect(loaded.stdout.contains("Filas leídas: 1."))

        let missing = try await Run.nssKiosk(["registry", "import", data + "-nope.csv", "--data", data])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("No se pudo leer el archivo"))
    }

    @Test func openingAnUnknownLinkSaysSoInSpanish() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(["link", "open", "https://oficina.example/confirmar?token=00ff", "--data", data])
        #expect(run.status == 1)
        #expect(run.stderr.contains("La liga no corresponde a ninguna solicitud"))
    }

    @Test func theOutboxOfAFreshInstallationIsEmpty() async throws {
        let data = Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(["outbox", "--data", data])
        #expect(run.status == 0)
        #expect(run.stdout == "El buzón está vacío.\n")
    }
}

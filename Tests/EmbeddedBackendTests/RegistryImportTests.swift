@testable import EmbeddedBackend
import Foundation
import Synchronization
import NSSCore
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Loading a registry file: good rows load, any bad row stops the whole file with every reason.
@Suite(.runsPrograms) struct RegistryImportTests {
    static let header = "curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss"

    static func curp(_ given: String, _ first: String?, _ second: String?, _ date: String, _ sex: Sex,
                     _ state: MexicanState) throws -> String {
        try CURP.derive(givenNames: given, firstSurname: first, secondSurname: second,
                        birthDate: CivilDate(iso: date)!, sex: sex, state: state).value
    }

    static func write(_ text: String) throws -> URL {
        let url = TemporaryDirectory.make("csv").appendingPathComponent("registro.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    static let assigned = NSS(subdelegation: 42, registrationYear: 2010, birthYear: 1988, consecutive: 77)

    @Test func goodRowsLoadWithQuotesAccentsAndBothDateForms() async throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let zuniga = try Self.curp("MARÍA DE LOS ÁNGELES", "ZÚÑIGA", "DE LA O", "1988-03-14", .mujer, .NT)
        let pena = try Self.curp("JOSÉ", "PEÑA", nil, "2003-12-01", .hombre, .DF)
        let text = "\u{FEFF}" + Self.header + "\r\n"
            + "\(zuniga),María de los Ángeles,Zúñiga,De la O,M,1988-03-14,nt,\(Self.assigned.digits)\r\n"
            + "\(pena),\"JOSÉ EL GRANDE\",PEÑA,,H,01/12/2003,DF,\r\n"
        let report = try fixture.backend.importRegistry(csv: try Self.write(text))
        #expect(report == ImportReport(rowsRead: 2, added: 2, updated: 0, problems: []))
        let people = try fixture.backend.listRegistry(limit: 10)
        #expect(people.map(\.curp.value) == [zuniga, pena])
        #expect(people[0].nss == Self.assigned && people[1].nss == nil && people[1].secondSurname == nil)
        #expect(people[1].givenNames == "JOSÉ EL GRANDE")
        let found = try await fixture.backend.lookupCURP(PersonQuery(
            givenNames: "maria de los angeles", firstSurname: "ZUNIGA", secondSurname: "de la o",
            birthDate: CivilDate(year: 1988, month: 3, day: 14)!, sex: .mujer, birthState: .NT))
        #expect(found.map(\.curp.value) == [zuniga])
    }

    @Test func everyBadRowIsReportedByLineAndNothingLoads() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let good = try Self.curp("ANA", "LÓPEZ", "RUIZ", "1990-05-06", .mujer, .JC)
        let multiline = try Self.curp("LUIS", "SOTO", "MENA", "1975-01-02", .hombre, .SL)
        let wrongDate = try Self.curp("EVA", "DÍAZ", "CANO", "1980-07-08", .mujer, .YN)
        let other = try Self.curp("RAÚL", "VEGA", "SOLÍS", "1966-09-10", .hombre, .OC)
        var badCheckDigit = Array(good)
        badCheckDigit[17] = badCheckDigit[17] == "0" ? "1" : "0"
        let lines = [
            Self.header,                                                                     // 1
            "\(good),ANA,LÓPEZ,RUIZ,M,1990-05-06,JC,\(Self.assigned.digits)",                 // 2 good
            "\(String(badCheckDigit)),ANA,LÓPEZ,RUIZ,M,1990-05-06,JC,",                        // 3 check digit
            "\(multiline),\"LUIS\nALBERTO\",SOTO,MENA,H,1975-01-02,SL,",                        // 4–5 a line break in a name
            "\(wrongDate),EVA,DÍAZ,CANO,M,1981-07-08,YN,",                                      // 6 date disagrees
            "\(other),RAÚL,VEGA,SOLÍS,M,1966-09-10,OC,12345678901",                             // 7 sex, bad NSS
            "\(other),RAÚL,VEGA,SOLÍS,H,1966-09-10,OC,\(Self.assigned.digits)",                 // 8 duplicate CURP and NSS
            "\(good),ANA,LÓPEZ",                                                                 // 9 columns
            "\(other),RAÚL,VEGA,SOLÍS,H,1966-09-10,XX,",                                         // 10 state
        ]
        let report = try fixture.backend.importRegistry(csv: try Self.write(lines.joined(separator: "\n") + "\n"))
        #expect(!report.succeeded)
        #expect(report.added == 0 && report.updated == 0 && report.rowsRead == 8)
        #expect(Set(report.problems.map(\.line)) == [3, 4, 6, 7, 8, 9, 10])
        let byLine = Dictionary(grouping: report.problems, by: \.line).mapValues { $0.map(\.reason) }
        #expect(byLine[3]!.contains { $0.hasPrefix("CURP inválida: El dígito verificador (posición 18) no corresponde") })
        #expect(byLine[4]!.contains { $0.hasPrefix("Los nombres tiene \\u{A} en la posición 5") })
        #expect(byLine[6] == ["La CURP indica nacimiento el 08/07/1980, no el 08/07/1981."])
        #expect(byLine[7]!.contains("La CURP indica sexo H, no M."))
        #expect(byLine[7]!.contains { $0.hasPrefix("NSS inválido:") })
        #expect(byLine[8]!.contains("El NSS ya aparece en la línea 2."))
        #expect(byLine[9]!.first!.hasPrefix("La fila tiene 3 columnas; se esperaban 8"))
        #expect(byLine[10]!.first!.hasPrefix("«XX» no es una clave de entidad federativa"))
        #expect(report.problems.first!.description.hasPrefix("línea 3: "))
        #expect(try fixture.backend.registryCount() == 0)
    }

    @Test func anNSSOfAnotherRegisteredPersonIsRefused() throws {
        let fixture = try Fixture()
        let holder = try fixture.person(withNSS: true)
        let newcomer = try Self.curp("ANA", "LÓPEZ", "RUIZ", "1990-05-06", .mujer, .JC)
        let report = try fixture.backend.importRegistry(csv: try Self.write(
            Self.header + "\n\(newcomer),ANA,LÓPEZ,RUIZ,M,1990-05-06,JC,\(holder.nss!.digits)\n"))
        #expect(report.problems == [ImportProblem(line: 2, reason: "El NSS ya pertenece a otra persona del registro.")])
    }

    @Test func importingAKnownCURPUpdatesItButNeverItsNSS() throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: true)
        let row = { (nss: String) in
            "\(person.curp.value),NOMBRE NUEVO,\(person.firstSurname ?? ""),\(person.secondSurname ?? ""),"
                + "\(person.sex.rawValue),\(person.birthDate.iso),\(person.birthState.code),\(nss)"
        }
        let updated = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n" + row("") + "\n"))
        #expect(updated == ImportReport(rowsRead: 1, added: 0, updated: 1, problems: []))
        let stored = try fixture.backend.listRegistry(limit: 600).first { $0.curp == person.curp }!
        #expect(stored.givenNames == "NOMBRE NUEVO" && stored.nss == person.nss)
        let other = NSS(subdelegation: 1, registrationYear: 2001, birthYear: person.birthDate.year, consecutive: 1)
        let refused = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n" + row(other.digits) + "\n"))
        #expect(refused.problems.map(\.reason) == ["Esta persona ya tiene otro NSS en el registro; un NSS no se cambia."])
    }

    @Test func aWrongHeaderOrAnOpenQuoteIsReported() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let wrongHeader = try fixture.backend.importRegistry(csv: try Self.write("curp,nombre\n"))
        #expect(wrongHeader.problems.map(\.line) == [1])
        let openQuote = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n\n\"sin cerrar,a\n"))
        #expect(openQuote.problems == [ImportProblem(line: 3, reason: "Unas comillas abiertas aquí no se cierran.")])
    }

    @Test func unreadableOrNonUTF8FilesThrow() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let missing = URL(fileURLWithPath: "/nonexistent/registro.csv")
        #expect(throws: RegistryImportError.unreadable(path: missing.path)) { try fixture.backend.importRegistry(csv: missing) }
        let latin1 = TemporaryDirectory.make("csv").appendingPathComponent("latin1.csv")
        try Data([0x63, 0x75, 0x72, 0x70, 0x2C, 0xD1, 0x0A]).write(to: latin1)
        #expect(throws: RegistryImportError.notUTF8(path: latin1.path)) { try fixture.backend.importRegistry(csv: latin1) }
    }

    /// The file was read whole, whatever it was: /dev/zero filled the memory, a FIFO (or /dev/stdin)
    /// waited forever, and a sparse file of gigabytes was read and parsed. Now only a regular file of
    /// at most 64 MiB is read, and the path is shown, never obeyed.
    @Test func aFileTooLargeAFolderOrAFIFOIsRefusedUnread() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let folder = TemporaryDirectory.make("csv")
        let large = folder.appendingPathComponent("grande\u{1B}[2J\n.csv")
        try Data((Self.header + "\n").utf8).write(to: large)
        let fd = open(large.path, O_WRONLY)
        #expect(fd >= 0)
        #expect(ftruncate(fd, off_t(RegistryImportError.maximumFileSize + 1)) == 0)
        close(fd)
        #expect(throws: RegistryImportError.tooLarge(path: large.path, bytes: RegistryImportError.maximumFileSize + 1)) {
            try fixture.backend.importRegistry(csv: large)
        }
        #expect(!RegistryImportError.tooLarge(path: large.path, bytes: 1).description.unicodeScalars.contains(where: UnsafeText.isUnsafe))
        let fifo = folder.appendingPathComponent("tuberia.csv")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for path in [fifo.path, folder.path, "/dev/zero"] {
            #expect(throws: RegistryImportError.self, "\(path)") { try fixture.backend.importRegistry(csv: URL(fileURLWithPath: path)) }
        }
        #expect(try fixture.backend.listRegistry(limit: 10).isEmpty)
    }

    /// Names are checked as RENAPO writes them: an escape sequence, a bell or a line break in a name
    /// would reach terminals, PDFs and sealed records; a 5,000-character name would not fit a document.
    @Test func namesMustBeWrittenAsRENAPOWritesThem() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let curp = try Self.curp("JUAN", "PÉREZ", "LÓPEZ", "1990-05-17", .hombre, .NT)
        let hostile = ["JUAN\u{1B}[2J", "JUAN\u{07}", "\"JUAN\nCARLOS\"", String(repeating: "A", count: 5000), "JUAN3", "JUAN  CARLOS"]
        for name in hostile {
            let report = try fixture.backend.importRegistry(
                csv: try Self.write(Self.header + "\n\(curp),\(name),PÉREZ,LÓPEZ,H,1990-05-17,NT,\n"))
            #expect(!report.succeeded, "\(name.prefix(20).debugDescription) is refused")
            #expect(report.problems.contains { $0.reason.hasPrefix("Los nombres tiene") }, "\(report.problems)")
            #expect(report.problems.allSatisfy { !$0.reason.unicodeScalars.contains { UnsafeText.isUnsafe($0) } },
                    "the reason itself is safe to print")
        }
        #expect(try fixture.backend.listRegistry(limit: 10).isEmpty)
        let good = try fixture.backend.importRegistry(csv: try Self.write(
            Self.header + "\n\(curp),JUAN D'ARTAGNAN,PÉREZ-GIL,LÓPEZ,H,1990-05-17,NT,\n"))
        #expect(good.succeeded, "\(good.problems)")
    }

    /// Names made only of the punctuation a name may carry («.», «-», «'», «. .») were loaded, and a
    /// document printed «.» as the person's name: every word of a name has a letter.
    @Test(arguments: [".", "-", "'", "...", "JUAN .", "- JUAN", "'' PÉREZ"])
    func aNameWithoutLettersIsRefused(name: String) throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let curp = try Self.curp("JUAN", "PÉREZ", "LÓPEZ", "1990-05-17", .hombre, .NT)
        for row in ["\(curp),\(name),PÉREZ,LÓPEZ,H,1990-05-17,NT,", "\(curp),JUAN,\(name),LÓPEZ,H,1990-05-17,NT,",
                    "\(curp),JUAN,PÉREZ,\(name),H,1990-05-17,NT,"] {
            let report = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n" + row + "\n"))
            #expect(!report.succeeded, "\(row)")
            #expect(report.problems.contains { $0.reason.contains("una palabra sin letras") }, "\(report.problems)")
        }
        #expect(try fixture.backend.listRegistry(limit: 10).isEmpty)
    }

    /// A file of a million bad rows kept (and printed) a million messages: 975 MB and 94 s for 60 MB.
    /// The first thousand problems are listed, the rest counted in one more.
    @Test func onlyTheFirstThousandProblemsAreListed() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let bad = String(repeating: "XXXX,JUAN,PÉREZ,LÓPEZ,H,1990-05-17,NT,\n", count: 1_500)
        let report = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n" + bad))
        #expect(report.rowsRead == 1_500 && !report.succeeded)
        #expect(report.problems.count == ImportReport.maximumProblems + 1)
        #expect(report.problems.last == ImportProblem(
            line: 1_002, reason: "Y 500 problemas más desde esta línea (se muestran los primeros 1000)."))
    }

    /// A zero-width or a no-break space in a name was refused with «​» or « », showing nothing staff
    /// could find: what cannot be seen is named by its code point.
    @Test(arguments: [("JU\u{200B}AN", "\\u{200B}"), ("JUAN\u{A0}CARLOS", "\\u{A0}"), ("JU\u{2060}AN", "\\u{2060}"),
                      ("JU\u{E000}AN", "\\u{E000}")])
    func anInvisibleCharacterInANameIsNamed(name: String, shown: String) throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let curp = try Self.curp("JUAN", "PÉREZ", "LÓPEZ", "1990-05-17", .hombre, .NT)
        let report = try fixture.backend.importRegistry(
            csv: try Self.write(Self.header + "\n\(curp),\(name),PÉREZ,LÓPEZ,H,1990-05-17,NT,\n"))
        #expect(report.problems.map(\.reason).contains { $0.hasPrefix("Los nombres tiene \(shown) en la posición") },
                "\(report.problems)")
    }

    /// A file whose accents are a letter and a combining mark (NFD, as macOS saves) was refused with
    /// «Los nombres tiene «Ñ»…», showing a letter that looks allowed; it is the same name, stored
    /// composed. A combining mark that composes nothing is still refused.
    @Test func decomposedAccentsAreTheSameNames() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let curp = try Self.curp("JOSÉ", "NÚÑEZ", "PEÑA", "1990-05-17", .hombre, .NT)
        let decomposed = "\(curp),JOSE\u{301},NU\u{301}N\u{303}EZ,PEN\u{303}A,H,1990-05-17,NT,"
        let report = try fixture.backend.importRegistry(csv: try Self.write(Self.header + "\n" + decomposed + "\n"))
        #expect(report.succeeded, "\(report.problems)")
        let person = try #require(try fixture.backend.listRegistry(limit: 1).first)
        #expect(person.givenNames.unicodeScalars.elementsEqual("JOSÉ".unicodeScalars))
        #expect(person.firstSurname?.unicodeScalars.elementsEqual("NÚÑEZ".unicodeScalars) == true)
        let stray = try fixture.backend.importRegistry(csv: try Self.write(
            Self.header + "\n\(curp),JOSE\u{301}\u{302},NÚÑEZ,PEÑA,H,1990-05-17,NT,\n"))
        #expect(!stray.succeeded)
    }

    /// A kiosk writes between an import's plan (made on a snapshot, without the write lock) and its
    /// writing: the writing refuses and the plan is made again; a kiosk's NSS is never overwritten.
    @Test func aKioskAssigningAnNSSBetweenPlanAndApplyIsNeverOverwritten() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let database = fixture.backend.database
        let juan = try Self.curp("JUAN", "PÉREZ", "LÓPEZ", "1990-05-17", .hombre, .NT)
        let ana = try Self.curp("ANA", "RUIZ", "SOTO", "1991-02-03", .mujer, .JC)
        let anaRow = "\(ana),ANA,RUIZ,SOTO,M,1991-02-03,JC,"
        #expect(try fixture.backend.importRegistry(csv: Self.write(Self.header + "\n\(juan),JUAN,PÉREZ,LÓPEZ,H,1990-05-17,NT,\n")).succeeded)
        let kioskNSS = NSS(subdelegation: 1, registrationYear: 2001, birthYear: 1990, consecutive: 1)
        func planned(_ text: String) throws -> RegistryImport.Step? {
            guard case .write = try database.readNow({ try RegistryImport.plan(text, $0) }) else { return nil }
            return Array(RegistryImport.steps(text, after: 0)).first
        }

        // 1. The file gives Juan an NSS; a kiosk gives him another meanwhile.
        let giving = Self.header + "\n\(juan),JUAN,PÉREZ,LÓPEZ,H,1990-05-17,NT,\(Self.assigned.digits)\n"
        let plan = try #require(try planned(giving))
        #expect(try database.writeNow { try RegistryTable.assign(kioskNSS, toCURP: juan, $0) })
        #expect(throws: RegistryImport.RegistryChanged.self) { try database.writeNow { try RegistryImport.apply(plan, $0) } }
        let again = try fixture.backend.importRegistry(csv: Self.write(giving))
        #expect(again.problems.map(\.reason) == ["Esta persona ya tiene otro NSS en el registro; un NSS no se cambia."])

        // 2. The file adds Ana with the NSS a kiosk gives someone else meanwhile.
        let other = NSS(subdelegation: 1, registrationYear: 2001, birthYear: 1991, consecutive: 2)
        let pedro = try Self.curp("PEDRO", "GIL", "MORA", "1991-04-05", .hombre, .NT)
        #expect(try fixture.backend.importRegistry(csv: Self.write(Self.header + "\n\(pedro),PEDRO,GIL,MORA,H,1991-04-05,NT,\n")).succeeded)
        let adding = Self.header + "\n" + anaRow + other.digits + "\n"
        let addPlan = try #require(try planned(adding))
        #expect(try database.writeNow { try RegistryTable.assign(other, toCURP: pedro, $0) })
        #expect(throws: RegistryImport.RegistryChanged.self) { try database.writeNow { try RegistryImport.apply(addPlan, $0) } }
        #expect(try fixture.backend.importRegistry(csv: Self.write(adding)).problems.map(\.reason)
                == ["El NSS ya pertenece a otra persona del registro."])

        // 3. The file only renames Juan: his kiosk NSS stays.
        let renaming = try #require(try planned(Self.header + "\n\(juan),JUAN CARLOS,PÉREZ,LÓPEZ,H,1990-05-17,NT,\n"))
        _ = try database.writeNow { try RegistryImport.apply(renaming, $0) }
        let people = try fixture.backend.listRegistry(limit: 10)
        #expect(people.first { $0.curp.value == juan }?.nss == kioskNSS)
        #expect(people.first { $0.curp.value == juan }?.givenNames == "JUAN CARLOS")
        #expect(people.first { $0.curp.value == pedro }?.nss == other)
        #expect(!people.contains { $0.curp.value == ana })
    }

    /// A large import checks its rows without holding the registry's write lock, and writes them a
    /// step at a time: a kiosk writing meanwhile (a captcha, an NSS) is never refused as «database is
    /// locked», however starved the machine. Before, the import held the lock past the 5 s every writer
    /// waits: the whole import at first (19.6 s for 50,000 rows), then its writing in one transaction.
    @Test func aLargeImportNeverLocksKiosksOut() async throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        var lines = [Self.header]
        let dates = (1950...2004).flatMap { year in (1...12).flatMap { month in (1...28).map { (year, month, $0) } } }
        for (year, month, day) in dates.prefix(18_000) {
            let date = CivilDate(year: year, month: month, day: day)!
            let curp = try CURP.derive(givenNames: "ANA", firstSurname: "PEREZ", secondSurname: "LOPEZ",
                                       birthDate: date, sex: .mujer, state: .NT).value
            lines.append("\(curp),ANA,PEREZ,LOPEZ,M,\(date.iso),NT,")
        }
        let file = try Self.write(lines.joined(separator: "\n") + "\n")
        let kiosk = try EmbeddedBackend(configuration: fixture.backend.configuration, logger: Fixture.quietLogger)
        let backend = fixture.backend
        let finished = Mutex(false)
        let importing = Task {
            defer { finished.withLock { $0 = true } }
            return try await onOwnThread { try backend.importRegistry(csv: file) }
        }
        var served = 0
        var refused: [String] = []
        while served + refused.count < 10 || !finished.withLock({ $0 }) {
            do {
                _ = try await kiosk.newCaptcha()
                served += 1
            } catch {
                refused.append("\(error)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let report = try await importing.value
        #expect(report.added == 18_000, "\(report.problems.prefix(3))")
        #expect(refused.isEmpty, "kiosk calls refused during the import: \(refused.prefix(3))")
        #expect(served >= 10)
    }

    /// An import stopped part-way (here a trigger refuses one row; a full disk alike) keeps the steps
    /// it wrote, says how many and from which line it stopped; loading the same file again finishes it
    /// without adding anyone twice.
    @Test func anImportStoppedPartWayKeepsItsStepsAndLoadingAgainFinishesIt() throws {
        let fixture = try Fixture(seedsDemoRegistry: false)
        let rows = RegistryImport.stepRows * 2 + 10
        var lines = [Self.header]
        var curps: [String] = []
        let dates = (1950...2004).flatMap { year in (1...12).flatMap { month in (1...28).map { (year, month, $0) } } }
        for (year, month, day) in dates.prefix(rows) {
            let date = CivilDate(year: year, month: month, day: day)!
            let curp = try CURP.derive(givenNames: "ANA", firstSurname: "PEREZ", secondSurname: "LOPEZ",
                                       birthDate: date, sex: .mujer, state: .NT).value
            curps.append(curp)
            lines.append("\(curp),ANA,PEREZ,LOPEZ,M,\(date.iso),NT,")
        }
        let file = try Self.write(lines.joined(separator: "\n") + "\n")
        let stopper = curps[RegistryImport.stepRows + 5]
        try fixture.backend.database.writeNow { db in
            try db.execute(sql: "CREATE TRIGGER stop_import BEFORE INSERT ON person WHEN NEW.curp = '\(stopper)' "
                + "BEGIN SELECT RAISE(ABORT, 'stop'); END")
        }
        let stopped = try fixture.backend.importRegistry(csv: file)
        #expect(stopped.stoppedPartWay)
        #expect(stopped.added == RegistryImport.stepRows && stopped.updated == 0)
        #expect(stopped.problems.map(\.line) == [RegistryImport.stepRows + 2], "the first line of the step not written")
        #expect(stopped.problems.first?.reason.hasPrefix("No se pudo escribir desde esta fila") == true)
        #expect(try fixture.backend.registryCount() == RegistryImport.stepRows)

        try fixture.backend.database.writeNow { db in try db.execute(sql: "DROP TRIGGER stop_import") }
        let finished = try fixture.backend.importRegistry(csv: file)
        #expect(finished.succeeded)
        #expect(finished.added == rows - RegistryImport.stepRows && finished.updated == RegistryImport.stepRows)
        #expect(try fixture.backend.registryCount() == rows)
    }
}

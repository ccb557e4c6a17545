import EmbeddedBackend
import Foundation
import Logging
import NSSCore
import ProcessKit
import Synchronization

/// A large registry import beside a working kiosk: how long the import takes, and the longest a
/// kiosk's write (a captcha, every 5 ms) waited meanwhile — the import's hold on the write lock.
enum RegistryImportBenchmarks {
    static func importBesideAKiosk(rows: Int = 50_000) async throws -> [Report] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var quiet = Logger(label: "nss-bench")
        quiet.logLevel = .critical
        let configuration = EmbeddedConfiguration(dataDirectory: dir, captchaTestAnswer: "AbDeF", seedsDemoRegistry: false)
        let importer = try EmbeddedBackend(configuration: configuration, logger: quiet)
        let kiosk = try EmbeddedBackend(configuration: configuration, logger: quiet)
        let file = dir.appendingPathComponent("registro.csv")
        try Data(try csv(rows: rows).utf8).write(to: file)

        let done = Mutex(false)
        let clock = ContinuousClock()
        let started = clock.now
        // The import blocks (it is the staff tool's synchronous call): a thread of its own.
        let importing = Task {
            defer { done.withLock { $0 = true } }
            return try await DedicatedThread.run { Result { try importer.importRegistry(csv: file) } }.get()
        }
        var longest = Duration.zero
        var refused = 0
        while !done.withLock({ $0 }) {
            let before = clock.now
            do { _ = try await kiosk.newCaptcha() } catch { refused += 1 }
            longest = max(longest, clock.now - before)
            try await Task.sleep(for: .milliseconds(5))
        }
        let report = try await importing.value
        let total = clock.now - started
        guard report.added == rows else { throw BenchmarkFailure("import refused: \(report.problems.prefix(2))") }
        let longestMs = Double(longest.components.attoseconds) / 1e15 + Double(longest.components.seconds) * 1000
        return [
            Report(name: "registry import de \(rows) filas junto a un quiosco: duración", value: Double(total.components.seconds)
                   + Double(total.components.attoseconds) / 1e18, unit: "s", target: "—", met: true),
            Report(name: "  la espera más larga de una escritura del quiosco mientras tanto (\(refused) rechazadas)",
                   value: longestMs, unit: "ms", target: "< 1000 ms, 0 rechazadas", met: longestMs < 1000 && refused == 0),
        ]
    }

    /// `rows` people with distinct birth dates, sexes and states, hence distinct CURPs (up to some
    /// two million: a whole state's registry and more).
    static func csv(rows: Int) throws -> String {
        var lines = ["curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss"]
        let people = MexicanState.allCases.lazy.flatMap { state in (1930...2020).lazy.flatMap { year in
            (1...12).lazy.flatMap { month in (1...28).lazy.flatMap { day in
                [Sex.mujer, Sex.hombre].lazy.map { (state, year, month, day, $0) } } } } }
        for (state, year, month, day, sex) in people.prefix(rows) {
            let date = CivilDate(year: year, month: month, day: day)!
            let curp = try CURP.derive(givenNames: "ANA", firstSurname: "PEREZ", secondSurname: "LOPEZ",
                                       birthDate: date, sex: sex, state: state).value
            lines.append("\(curp),ANA,PEREZ,LOPEZ,\(sex.rawValue),\(date.iso),\(state.code),")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

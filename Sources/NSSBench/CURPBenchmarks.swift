import Foundation
import NSSCore

/// CURP validation speed, on one core.
enum CURPBenchmarks {
    /// Valid CURPs derived from varied made-up people, the input of the benchmarks.
    static func sampleCURPs(_ count: Int) -> [String] {
        let given = ["JUAN", "MARÍA JOSÉ", "LUIS", "ANA", "JOSÉ LUIS", "GLORIA", "PEDRO", "XÓCHITL"]
        let surnames = ["HERNÁNDEZ", "GARCÍA", "NÚÑEZ", "DE LA CRUZ", "LÓPEZ", "PÉREZ", "MARTÍNEZ", "OLVERA"]
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { i in
            let date = CivilDate(year: 1940 + i % 80, month: 1 + i % 12, day: 1 + i % 28)!
            return try! CURP.derive(givenNames: given[i % given.count], firstSurname: surnames[(i / 8) % 8],
                                    secondSurname: surnames[(i / 3) % 8], birthDate: date,
                                    sex: Sex.allCases[Int.random(in: 0...1, using: &rng)],
                                    state: MexicanState.allCases[i % 33]).value
        }
    }

    static func validationRate() -> Report {
        let curps = sampleCURPs(1000)
        let rounds = 5000
        var valid = 0
        let ms = Measure.samples(1) {
            for _ in 0..<rounds {
                for c in curps { if case .success = CURP.validate(c) { valid += 1 } }
            }
        }[0]
        precondition(valid == rounds * curps.count)
        let perSecond = Double(rounds * curps.count) / (ms / 1000)
        return Report(name: "Validación de CURP (un núcleo)", value: perSecond / 1e6, unit: "millones/s",
                      target: "≥ 2 millones/s", met: perSecond >= 2e6)
    }
}

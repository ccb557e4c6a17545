import Foundation

/// One line of benchmark output: what was measured, the number, and the target it must meet.
struct Report {
    let name: String
    let value: Double
    let unit: String
    let target: String
    let met: Bool

    func line() -> String {
        "| \(name) | \(String(format: value >= 100 ? "%.0f" : "%.3g", value)) \(unit) | \(target) | \(met ? "sí" : "NO") |"
    }

    static func header() -> String {
        "| medición | resultado | objetivo | cumple |\n|---|---|---|---|"
    }
}

import Foundation

/// Timing helpers for the benchmarks: wall-clock samples and their summary.
enum Measure {
    /// Runs `body` once per sample and returns the durations in milliseconds.
    static func samples(_ count: Int, _ body: () throws -> Void) rethrows -> [Double] {
        let clock = ContinuousClock()
        return try (0..<count).map { _ in
            let elapsed = try clock.measure(body)
            return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        }
    }

    static func samples(_ count: Int, _ body: () async throws -> Void) async rethrows -> [Double] {
        let clock = ContinuousClock()
        var out: [Double] = []
        for _ in 0..<count {
            let start = clock.now
            try await body()
            let elapsed = clock.now - start
            out.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return out
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let index = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count - 1)).rounded())))
        return sorted[index]
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }
}

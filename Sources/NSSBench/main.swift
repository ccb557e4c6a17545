import Foundation

/// `nss-bench`: the speed and memory targets of nss-kiosk, measured on a release build.
/// `nss-bench curps N` prints N valid CURPs (the input of the `curp check` benchmark);
/// `nss-bench registry-csv N` prints a registry CSV of N people (for trying an import by hand);
/// `nss-bench documents` measures the documents alone; `nss-bench memory` the service's memory alone;
/// `nss-bench store` SQLite beside PostgreSQL alone (beside the cluster of scripts/with-postgresql);
/// `nss-bench import [ROWS]` a registry import beside a kiosk alone.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "curps" {
    let n = Int(arguments.dropFirst().first ?? "100000") ?? 100_000
    print(CURPBenchmarks.sampleCURPs(n).joined(separator: "\n"))
    exit(0)
}
if arguments.first == "registry-csv" {   // a registry file of N people, for trying `registry import` by hand
    print(try RegistryImportBenchmarks.csv(rows: Int(arguments.dropFirst().first ?? "50000") ?? 50_000), terminator: "")
    exit(0)
}
if arguments.first == "memory" {   // only the service's memory: `memory [CAPTCHAS [APPLICATIONS]]`
    let counts = arguments.dropFirst().compactMap { Int($0) }
    print(Report.header())
    for report in try await ServiceMemoryBenchmarks.growth(captchas: counts.first ?? 10_000,
                                                           applications: counts.dropFirst().first ?? 1_000) {
        print(report.line())
    }
    exit(0)
}
if arguments.first == "store-worker" {   // one process of the two-process store benchmark
    try await StoreBenchmarks.worker(Array(arguments.dropFirst()))
    exit(0)
}
if arguments.first == "store" {   // only the store's rows: SQLite beside PostgreSQL (scripts/with-postgresql)
    print(Report.header())
    try await StoreBenchmarks.run { print($0.line()) }
    exit(0)
}
if arguments.first == "import" {   // only the import beside a kiosk: `import [ROWS]`
    print(Report.header())
    let rows = arguments.dropFirst().first.flatMap { Int($0) } ?? 50_000
    for report in try await RegistryImportBenchmarks.importBesideAKiosk(rows: rows) { print(report.line()) }
    exit(0)
}
if arguments.first == "documents" {   // only the documents' rows: quicker to rerun after a change to them
    print(Report.header())
    for report in try await DocumentBenchmarks.rendering() { print(report.line()) }
    exit(0)
}
print(Report.header())
for report in try await ReplyLatencyBenchmarks.replyToScreen() { print(report.line()) }
for report in try await RegistryImportBenchmarks.importBesideAKiosk() { print(report.line()) }
for report in try await ServiceMemoryBenchmarks.growth() { print(report.line()) }
print(CURPBenchmarks.validationRate().line())
for report in try await DocumentBenchmarks.rendering() { print(report.line()) }
print(try await ApplicationBenchmarks.wholeApplication().line())
print(Report(name: "  de ella, Paso 2 (asigna, sella y guarda; el correo con los PDF se escribe después)",
             value: ApplicationBenchmarks.lastFinishingMedian, unit: "ms", target: "—", met: true).line())
try await StoreBenchmarks.run { print($0.line()) }
if FileManager.default.isWritableFile(atPath: "/dev/shm") {
    print(try await ApplicationBenchmarks.wholeApplication(in: URL(fileURLWithPath: "/dev/shm"),
                                                           label: " en RAM (sin el costo de fsync)").line())
}

import Documents
import PDFRendering
import Foundation
import NSSCore

/// Rendering the two PDFs in-process, after the first (which loads fonts).
enum DocumentBenchmarks {
    static func rendering() async throws -> [Report] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-bench-seal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let person = PersonRecord(curp: try CURP("NUIH601211HTLXBC07"), givenNames: "HÉCTOR", firstSurname: "NÚÑEZ",
                                  secondSurname: "IBÁÑEZ", sex: .hombre,
                                  birthDate: CivilDate(year: 1960, month: 12, day: 11)!, birthState: .TL)
        let result = NSSResult(nss: NSS(subdelegation: 18, registrationYear: 2026, birthYear: 1960, consecutive: 1),
                               kind: .asignacion, folio: Folio.make(at: Date()), date: Date())
        let keyStore = try SealKeyStore(directory: dir)
        let sealer = Sealer(keyStore: keyStore)
        let record = try sealer.seal(person: person, result: result)
        var reports: [Report] = []
        for kind in DocumentKind.allCases {
            // What the backend hands out: rendered, then signed (PDF signature).
            var signed = Data()
            _ = try sealer.sign(try DocumentRenderer.render(kind, record), of: record)
            let samples = try Measure.samples(50) { signed = try sealer.sign(try DocumentRenderer.render(kind, record), of: record) }
            let median = Measure.median(samples)
            reports.append(Report(name: "PDF «\(kind.title)» firmado, en proceso, tras el primero (mediana de 50)",
                                  value: median, unit: "ms", target: "< 10 ms", met: median < 10))
            reports.append(Report(name: "  su tamaño", value: Double(signed.count) / 1024, unit: "KB", target: "< 100 KB",
                                  met: signed.count < 100 * 1024))
            let unsigned = try DocumentRenderer.render(kind, record)
            let signing = Measure.median(try Measure.samples(50) { _ = try sealer.sign(unsigned, of: record) })
            reports.append(Report(name: "  de ello, la firma", value: signing, unit: "ms", target: "—", met: true))
            let verifying = Measure.median(Measure.samples(50) {
                _ = DocumentVerifier.verify(pdf: signed, certificatePEM: keyStore.certificatePEM)
            })
            reports.append(Report(name: "  verificarlo (firma, registro y sellos)", value: verifying, unit: "ms",
                                  target: "—", met: true))
        }
        // What the embedded backend does by default: each document in its own nss-kiosk-pdf process.
        let helper = HelperProcessRenderer()
        guard FileManager.default.isExecutableFile(atPath: helper.executable.path) else { return reports }
        let helperSamples = try await Measure.samples(20) { _ = try await helper.render(.constancia, record) }
        let helperMedian = Measure.median(helperSamples)
        reports.append(Report(name: "PDF constancia con nss-kiosk-pdf (proceso aparte, arranque incluido; mediana de 20)",
                              value: helperMedian, unit: "ms", target: "—", met: true))
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        reports.append(Report(name: "  pico de memoria de nss-kiosk-pdf", value: Double(usage.ru_maxrss) / 1024, unit: "MB",
                              target: "—", met: true))
        return reports
    }
}

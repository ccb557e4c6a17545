/// Why the verifier could not read a PDF.
struct PDFReadError: Error, Equatable {
    /// What went wrong, in Spanish, for the verification report.
    let reason: String

    init(_ reason: String) { self.reason = reason }
}

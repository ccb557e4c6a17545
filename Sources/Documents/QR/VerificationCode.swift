import NSSCore

/// What the constancia's QR code carries: enough for someone holding the paper to find the
/// procedure and see that the paper is the one sealed.
///
/// Payload (plain ASCII, about 100 characters, so the code stays small and easy to scan):
/// `IMSS-02-008?folio=<23 dígitos>&nss=<11 dígitos>&curp=<18>&sello=<últimos 8 caracteres del Sello Digital>`.
/// The last eight characters of the seal bind the code to one seal, as SAT's CFDI codes do with
/// their `fe` parameter; anything outside `A–Z a–z 0–9 - . _ ~` is percent-encoded (the seal's
/// `+`, `/` and `=`).
public struct VerificationCode: Hashable, Sendable {
    public let folio: Folio
    public let nss: NSS
    public let curp: CURP
    /// The last eight characters of the Sello Digital.
    public let selloFinal: String

    static let prefix = "IMSS-02-008?"

    public init(record: SealedRecord) {
        folio = record.data.folio
        nss = record.data.nss
        curp = record.data.curp
        selloFinal = String(record.selloDigital.suffix(8))
    }

    /// Reads a scanned payload; nil when it is not one of ours.
    public init?(payload: String) {
        guard payload.hasPrefix(Self.prefix) else { return nil }
        var values: [String: String] = [:]
        for pair in payload.dropFirst(Self.prefix.count).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let value = PercentEncoding.decode(String(parts[1])) else { return nil }
            values[String(parts[0])] = value
        }
        guard let folio = values["folio"].flatMap(Folio.init), let nssText = values["nss"],
              case .success(let nss) = NSS.validate(nssText), let curpText = values["curp"],
              case .success(let curp) = CURP.validate(curpText), let sello = values["sello"] else { return nil }
        self.folio = folio
        self.nss = nss
        self.curp = curp
        selloFinal = sello
    }

    /// The text encoded in the QR code.
    public var payload: String {
        Self.prefix + "folio=\(folio.value)&nss=\(nss.digits)&curp=\(curp.value)&sello="
            + PercentEncoding.encode(selloFinal)
    }

    /// Whether the code belongs to this record.
    public func matches(_ record: SealedRecord) -> Bool {
        self == VerificationCode(record: record)
    }
}

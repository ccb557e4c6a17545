import X509

/// The 20-digit Número de Serie: the serial number of the seal's certificate, encoded as SAT
/// encodes its certificates' serials — the X.509 serial's bytes are the ASCII codes of the
/// digits (`3030303031…` for `00001…`; docs/domain.md §4). Reading a certificate's serial as
/// ASCII thus gives back the printed number.
enum NumeroDeSerie {
    /// A new number in SAT's shape: `00001000000` followed by nine random digits.
    static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return "00001000000" + (0..<9).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
    }

    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 20 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The certificate serial that carries the number.
    static func serial(_ numeroSerie: String) -> Certificate.SerialNumber {
        Certificate.SerialNumber(bytes: Array(numeroSerie.utf8))
    }

    /// The number a certificate carries, or nil when its serial is not 20 ASCII digits.
    static func read(_ serial: Certificate.SerialNumber) -> String? {
        let text = String(decoding: serial.bytes, as: UTF8.self)
        return isWellFormed(text) ? text : nil
    }
}

import NSSCore
import Wizard

/// «:telefono» in the line mode: the links for the phone, one a line, to be typed in its browser (the
/// full screen shows them as QR codes).
enum PhoneLinkList {
    static func lines(for links: [DocumentLink]) -> [String] {
        guard let expiry = links.map(\.expiresAt).min() else { return [] }
        return ["Ligas para tu teléfono; cada una sirve una sola vez, hasta las \(MexicoCityTime.hourMinute(expiry)):"]
            + links.enumerated().map { index, link in "\(index + 1). \(link.kind.title): \(link.url)" }
            + ["Ábrelas en el navegador de tu teléfono y pulsa «Descargar el PDF»."]
    }
}

import NSSCore

/// The language a phone asks for (`Accept-Language: en-US,en;q=0.9,es;q=0.8`), for a page that belongs
/// to no application (a link cut short, a token mistyped): the offered catalogue it prefers most — by
/// its exact code or its first part (`en-us` → `en`) — and Spanish when it prefers none of them.
enum AcceptLanguage {
    /// At most this many languages of a header are looked at: a phone sends a few.
    static let consideredItems = 16

    static func preferred(_ header: String?, among offered: [Catalogue]) -> Catalogue {
        guard let header else { return .spanish }
        var best: (catalogue: Catalogue, weight: Double)?
        for item in header.split(separator: ",").prefix(consideredItems) {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingWhiteSpace().lowercased(), !tag.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let parameter = parameter.trimmingWhiteSpace()
                if parameter.hasPrefix("q=") { weight = Double(parameter.dropFirst(2)) ?? 0 }
            }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard weight > 0, let match = offered.first(where: { $0.code == tag }) ?? offered.first(where: { $0.code == primary })
            else { continue }
            if weight > (best?.weight ?? 0) { best = (match, weight) }
        }
        return best?.catalogue ?? .spanish
    }
}

import NSSCore

/// The languages an office offers: the one every person starts in (`idioma` in the configuration) and
/// those a person may switch to on the first screen — Spanish and every catalogue the backend found.
public struct Languages: Hashable, Sendable {
    /// Spanish first, then the others by code: the order the switch goes through.
    public let offered: [Catalogue]
    /// The language every person starts in.
    public let configured: Catalogue

    /// `catalogues` besides Spanish, and the configured one by its code (Spanish when none has it).
    public init(configured code: String = "es", catalogues: [Catalogue] = []) {
        var offered = [Catalogue.spanish]
        for catalogue in catalogues.sorted(by: { $0.code < $1.code })
        where !offered.contains(where: { $0.code == catalogue.code }) {
            offered.append(catalogue)
        }
        self.offered = offered
        configured = offered.first { $0.code == code } ?? .spanish
    }

    /// The language after `current` in the switch's order (back to the first after the last); nil when
    /// only one is offered.
    public func after(_ current: Catalogue) -> Catalogue? {
        guard offered.count > 1 else { return nil }
        let index = offered.firstIndex { $0.code == current.code } ?? 0
        return offered[(index + 1) % offered.count]
    }
}

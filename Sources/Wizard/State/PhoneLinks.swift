import NSSCore

/// «Llevar a mi teléfono», open over the documents screen: a one-time link per document, shown one at a
/// time as a QR code (the screen has room for one code beside its words).
public struct PhoneLinks: Hashable, Sendable {
    public internal(set) var links: [DocumentLink]
    /// The link shown now.
    public internal(set) var shown: Int = 0

    public var current: DocumentLink? { links.indices.contains(shown) ? links[shown] : nil }
}

extension Array {
    /// The only element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }

    /// `map` with an async transform, in order.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}

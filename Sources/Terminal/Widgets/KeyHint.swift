/// One entry of the key-hint line: a key and what it does on this screen ("F1", "Ayuda").
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var action: String

    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

/// A message for the whole screen (not one field): a backend error or an information.
public struct Notice: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case error, info }
    public var kind: Kind
    public var text: String

    public static func error(_ text: String) -> Notice { Notice(kind: .error, text: text) }
    public static func info(_ text: String) -> Notice { Notice(kind: .info, text: text) }
}

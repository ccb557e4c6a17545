import ProcessKit

/// The process's standard output, unbuffered, so every line and prompt shows at once on slow serial
/// lines and screen readers.
public struct StandardOutput: LineOutput {
    public init() {}

    public func write(_ text: String) {
        StandardStream.write(text)
    }
}

import FoundationEssentials

/// One document ready to leave the terminal: the name to save it under and its PDF.
public struct DocumentFile: Hashable, Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Why the documents could not be saved or printed here, in words the person can act on.
public struct DeliveryFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Where this terminal can put the documents: a folder (a USB stick at a kiosk) and a printer.
public protocol DocumentOutlet: Sendable {
    /// Saves the files; returns where each one went.
    func save(_ files: [DocumentFile]) async throws(DeliveryFailure) -> [String]
    /// Prints the files; returns what to tell the person.
    func print(_ files: [DocumentFile]) async throws(DeliveryFailure) -> String
}

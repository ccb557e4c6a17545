import Foundation

/// A command-line tool the tests run as a subprocess (poppler-utils, zbar-tools).
struct Tool {
    let name: String

    /// The tool's path, or nil when it is not installed.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    var isInstalled: Bool { path != nil }

    /// Runs the tool and returns its standard output as UTF-8.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        guard let path else { throw ToolError.missing(name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolError.failed(name, process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    static let pdftotext = Tool(name: "pdftotext")
    static let pdfinfo = Tool(name: "pdfinfo")
    static let pdftoppm = Tool(name: "pdftoppm")
    static let zbarimg = Tool(name: "zbarimg")
    static let openssl = Tool(name: "openssl")
}

enum ToolError: Error, CustomStringConvertible {
    case missing(String)
    case failed(String, Int32)

    var description: String {
        switch self {
        case .missing(let name): "\(name) is not installed (apt-get install poppler-utils zbar-tools)"
        case .failed(let name, let status): "\(name) exited with status \(status)"
        }
    }
}

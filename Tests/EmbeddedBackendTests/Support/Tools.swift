import Foundation

/// Programs on the machine the tests can use as independent readers of what the backend writes.
enum Tools {
    /// Whether an executable of that name is on the PATH.
    static func available(_ name: String) -> Bool { path(name) != nil }

    static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to its end; returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: input)
            try stdin.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// What mutt's pager shows of the first message of a Maildir (headers and body decoded, attachments
    /// listed), captured through its display filter while `script` gives it a pseudo terminal.
    static func muttShowsFirstMessage(of maildir: URL) throws -> String {
        let output = TemporaryDirectory.make("mutt").appendingPathComponent("message.txt")
        let command = "TERM=xterm mutt -n -F /dev/null -R -f '\(maildir.path)' "
            + "-e 'set wait_key=no charset=utf-8 quit=yes display_filter=\"tee \(output.path)\"' "
            + "-e 'push \"<display-message><exit><quit>\"'"
        try run(path("script")!, ["-qec", command, "/dev/null"])
        return try String(contentsOf: output, encoding: .utf8)
    }
}

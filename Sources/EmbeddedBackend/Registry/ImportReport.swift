/// What a registry import did: how many people were added and updated, and, when it stopped, why.
/// A file with any bad row writes nothing (`problems` says which rows and why); an import stopped
/// part-way (a full disk, a registry that kept changing) keeps the steps already written, and says so.
public struct ImportReport: Sendable, Hashable {
    /// The problems listed one by one; past them, one more line counts the rest.
    public static let maximumProblems = 1_000

    /// Data rows read (the header not counted).
    public var rowsRead: Int
    /// People new to the registry.
    public var added: Int
    /// People already in the registry whose data the file replaced.
    public var updated: Int
    /// The bad rows (the first `maximumProblems`, then a count of the rest), with their line numbers and
    /// the reasons in Spanish.
    public var problems: [ImportProblem]

    public init(rowsRead: Int, added: Int, updated: Int, problems: [ImportProblem]) {
        self.rowsRead = rowsRead
        self.added = added
        self.updated = updated
        self.problems = problems
    }

    /// True when the file was loaded.
    public var succeeded: Bool { problems.isEmpty }

    /// True when the import stopped after writing some rows: loading the same file again finishes it.
    public var stoppedPartWay: Bool { !problems.isEmpty && added + updated > 0 }

    /// This report (what was written so far) ended by `stop`'s problems.
    func stopped(by stop: ImportReport) -> ImportReport {
        ImportReport(rowsRead: max(rowsRead, stop.rowsRead), added: added, updated: updated, problems: stop.problems)
    }
}

/// One reason a row of a registry file was refused.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the file where the row starts.
    public var line: Int
    /// What is wrong, in Spanish.
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// `línea 7: …`.
    public var description: String { "línea \(line): \(reason)" }
}

import Foundation
import NSSCore

/// The office server's limit of submissions per CURP, across its terminals and server processes.
public struct SubmissionLimit: Sendable {
    public var curp: CURP
    public var count: Int
    public var window: TimeInterval

    public init(curp: CURP, count: Int, window: TimeInterval) {
        self.curp = curp
        self.count = count
        self.window = window
    }
}

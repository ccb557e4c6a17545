import NSSCore

/// The list of `nss-kiosk --resume`, open over the CURP screen until an application is chosen or a new
/// procedure started.
public struct ResumeChoice: Hashable, Sendable {
    /// The applications that can be taken up; nil while they are asked for.
    public internal(set) var applications: [OpenApplication]?
    /// How many more expired lately (said, not offered).
    public internal(set) var expired = 0
}

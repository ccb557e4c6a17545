import KioskSettings

/// The office server's own rate limits, from the settings (`[servidor]` in config.toml): how many calls a
/// terminal's token may make per minute, and how many applications one CURP may submit per hour across
/// every terminal. They sit in front of the embedded backend's limits (wrong captchas and applications
/// per CURP, resends per application), which apply as before.
public struct ServerLimits: Sendable, Hashable {
    /// Calls per minute per terminal, with a burst of as many.
    public var callsPerMinute: Int
    /// Submissions (`submit` calls that reach the store) per CURP per hour, counted in the store.
    public var submissionsPerCURPPerHour: Int

    public init(callsPerMinute: Int, submissionsPerCURPPerHour: Int) {
        self.callsPerMinute = callsPerMinute
        self.submissionsPerCURPPerHour = submissionsPerCURPPerHour
    }

    /// The limits the settings give (their defaults when nothing sets them).
    public init(_ settings: KioskSettings = KioskSettings()) {
        self.init(callsPerMinute: settings.serverCallsPerMinute, submissionsPerCURPPerHour: settings.serverSubmissionsPerCURP)
    }
}

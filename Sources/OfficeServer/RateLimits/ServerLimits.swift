import KioskSettings

/// The office server's own limits, from the settings (`[servidor]` in config.toml): how many calls a
/// terminal's token may make per minute, how many applications one CURP may submit per hour across
/// every terminal, and what a connection may hold (its time to send a request, the connections open at
/// once). The rate limits sit in front of the embedded backend's limits (wrong captchas and applications
/// per CURP, resends per application), which apply as before.
public struct ServerLimits: Sendable, Hashable {
    /// Calls per minute per terminal, with a burst of as many.
    public var callsPerMinute: Int
    /// Submissions (`submit` calls that reach the store) per CURP per hour, counted in the store.
    public var submissionsPerCURPPerHour: Int
    /// How long a connection may take to send a whole request (its head from the connection's start or the
    /// last answer, its body from its head), or stay open without sending another: then it is closed. A
    /// call held by `?espera=` is not sending, it is waiting for its answer, and is never cut.
    public var requestTimeout: Duration
    /// Connections open at once; beyond, new ones wait in the kernel's queue until one closes.
    public var connections: Int

    public init(callsPerMinute: Int, submissionsPerCURPPerHour: Int, requestTimeout: Duration = .seconds(10),
                connections: Int = 1000) {
        self.callsPerMinute = callsPerMinute
        self.submissionsPerCURPPerHour = submissionsPerCURPPerHour
        self.requestTimeout = requestTimeout
        self.connections = connections
    }

    /// The limits the settings give (their defaults when nothing sets them).
    public init(_ settings: KioskSettings = KioskSettings()) {
        self.init(callsPerMinute: settings.serverCallsPerMinute, submissionsPerCURPPerHour: settings.serverSubmissionsPerCURP,
                  requestTimeout: .seconds(settings.serverIdleSeconds), connections: settings.serverConnections)
    }
}

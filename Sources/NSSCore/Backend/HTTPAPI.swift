/// The names of the office server's HTTP API, for the server and its client alike: a call is
/// `POST /v1/llamadas/<call name>` with its input as the JSON body (see `BackendWire`).
public enum HTTPAPI {
    /// The path of the calls, with the API's version.
    public static let callsPath = "v1/llamadas"
    /// The query item that asks a call that may wait to wait, in whole seconds.
    public static let waitQuery = "espera"
    /// The header that carries a call's idempotency key.
    public static let idempotencyHeader = "Idempotency-Key"
    /// A refusal's media type (RFC 9457).
    public static let problemMediaType = "application/problem+json"
    /// A problem's `codigo` when the same idempotency key is still running: try again in a moment.
    public static let inProgressCode = "in-progress"
    /// The health check.
    public static let healthPath = "salud"
}

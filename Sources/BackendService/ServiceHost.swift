import FoundationEssentials
import NSSCore

#if canImport(Glibc)
import Glibc
#endif

/// Serves a backend on a pair of pipes: numbered calls come in one per line, answers go out one per
/// line as each call finishes (several run at once, as the wizard's do).
///
/// `nss-kiosk-backend serve` runs this on its standard input and output for the wizard's terminal
/// process, which never opens the database, the outbox or the seal's key itself.
public enum ServiceHost {
    /// Writes the greeting: the first line the client waits for.
    public static func greet(_ greeting: ServiceGreeting, output: Int32 = STDOUT_FILENO) {
        LineWriter(fd: output).write(ServiceLine.encode(greeting))
    }

    /// Answers calls from `input` until it ends (the terminal process closed it or is gone), then
    /// returns once every call under way has been answered.
    public static func serve<Backend: NSSBackend>(_ backend: Backend, input: Int32 = STDIN_FILENO,
                                                  output: Int32 = STDOUT_FILENO) async {
        let writer = LineWriter(fd: output)
        let (calls, continuation) = AsyncStream<ServiceLine.Call?>.makeStream()
        LineReader.start(fd: input, name: "nss-service-in", body: { line in
            continuation.yield(ServiceLine.parseCall(line))
        }, end: { continuation.finish() })
        // A discarding group: each call's task is freed when it ends. A plain task group keeps every
        // finished child until someone asks for its result — here, every call the service ever
        // answered (about 7 KB each: 12,000 captchas grew a kiosk's service by 89 MB).
        await withDiscardingTaskGroup { group in
            for await call in calls {
                // A line that is not a call cannot be answered by number; it is dropped.
                guard let call else { continue }
                group.addTask {
                    writer.write(ServiceLine.reply(id: call.id, await answer(call.name, input: call.input, with: backend)))
                }
            }
        }
    }

    /// Runs the call named `name` on `backend`.
    static func answer(_ name: String, input: Data, with backend: some NSSBackend) async -> Result<Data, BackendError> {
        switch await BackendWire.perform(name, input: input, on: backend) {
        case .output(let output): .success(output)
        case .failure(let error): .failure(error)
        // Both programs are installed together: a call the service does not know is a fault.
        case .unknownCall, .badInput: .failure(.internalError(reference: "llamada desconocida"))
        }
    }
}

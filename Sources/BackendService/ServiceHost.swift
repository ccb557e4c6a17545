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
        let (requests, continuation) = AsyncStream<ServiceRequest?>.makeStream()
        LineReader.start(fd: input, name: "nss-service-in", body: { line in
            continuation.yield(ServiceLine.decode(ServiceRequest.self, from: line))
        }, end: { continuation.finish() })
        // A discarding group: each call's task is freed when it ends. A plain task group keeps every
        // finished child until someone asks for its result — here, every call the service ever
        // answered (about 7 KB each: 12,000 captchas grew a kiosk's service by 89 MB).
        await withDiscardingTaskGroup { group in
            for await request in requests {
                // A line that is not a request cannot be answered by number; it is dropped.
                guard let request else { continue }
                group.addTask {
                    let answer = await answer(request.call, with: backend)
                    writer.write(ServiceLine.encode(ServiceReply(id: request.id, answer: answer)))
                }
            }
        }
    }

    /// Runs one call on `backend`.
    public static func answer<Backend: NSSBackend>(_ call: ServiceCall, with backend: Backend) async -> ServiceAnswer {
        do {
            switch call {
            case .newCaptcha: return .captcha(try await backend.newCaptcha())
            case .submit(let request): return .ticket(try await backend.submit(request))
            case .confirmationStatus(let id): return .status(try await backend.confirmationStatus(id))
            case .confirm(let id, let code):
                try await backend.confirm(id, code: code)
                return .done
            case .resendConfirmation(let id): return .ticket(try await backend.resendConfirmation(id))
            case .startProcedure(let id): return .person(try await backend.startProcedure(id))
            case .finishProcedure(let id): return .result(try await backend.finishProcedure(id))
            case .resultEmailSent(let id): return .flag(try await backend.resultEmailSent(id))
            case .documents(let id): return .documents(try await backend.documents(id))
            case .document(let id): return .document(try await backend.document(id))
            case .emailDocuments(let id): return .flag(try await backend.emailDocuments(id))
            case .lookupCURP(let query): return .matches(try await backend.lookupCURP(query))
            case .openApplications: return .openApplications(try await backend.openApplications())
            case .resumeApplication(let id): return .resumed(try await backend.resumeApplication(id))
            case .recordProgress(let id, let progress):
                try await backend.recordProgress(id, progress)
                return .done
            }
        } catch let error as BackendError {
            return .failure(error)
        } catch {
            // The protocol allows BackendError only; anything else is a fault of the service.
            return .failure(.internalError(reference: "servicio"))
        }
    }
}

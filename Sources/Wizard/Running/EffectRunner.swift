import NSSCore

/// Performs the wizard's backend effects and turns each answer into the event that reports it.
public struct EffectRunner<Backend: NSSBackend>: Sendable {
    public let backend: Backend

    public init(backend: Backend) { self.backend = backend }

    /// Runs one effect made during `session`; nil for effects that are not backend calls.
    public func run(_ effect: Effect, session: Int) async -> Event? {
        guard let request = effect.request else { return nil }
        do {
            let reply: Reply
            switch effect {
            case .loadCaptcha: reply = .captcha(try await backend.newCaptcha())
            case .submit(let r): reply = .submitted(try await backend.submit(r))
            case .pollConfirmation(let id): reply = .status(try await backend.confirmationStatus(id))
            case .confirm(let id, let code):
                try await backend.confirm(id, code: code)
                reply = .confirmed
            case .resend(let id): reply = .resent(try await backend.resendConfirmation(id))
            case .startProcedure(let id): reply = .started(try await backend.startProcedure(id))
            case .finishProcedure(let id): reply = .finished(try await backend.finishProcedure(id))
            case .listDocuments(let id): reply = .documents(try await backend.documents(id))
            case .lookupCURP(let q): reply = .lookup(try await backend.lookupCURP(q))
            case .endSession: return nil
            }
            return .reply(reply, session: session)
        } catch let error as BackendError {
            return .failure(request, error, session: session)
        } catch {
            return .failure(request, .internalError(reference: "sin-referencia"), session: session)
        }
    }
}

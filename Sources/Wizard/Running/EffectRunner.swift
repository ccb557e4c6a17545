import NSSCore

/// Performs the wizard's backend effects and turns each answer into the event that reports it.
public struct EffectRunner<Backend: NSSBackend>: Sendable {
    public let backend: Backend
    /// Where documents are saved and printed; nil where this terminal can do neither.
    public let outlet: (any DocumentOutlet)?

    public init(backend: Backend, outlet: (any DocumentOutlet)? = nil) {
        self.backend = backend
        self.outlet = outlet
    }

    /// Runs one effect made during `session`; nil for effects that are not backend calls.
    public func run(_ effect: Effect, session: Int) async -> Event? {
        guard let request = effect.request else { return nil }
        do {
            let reply: Reply
            switch effect {
            case .loadCaptcha(let captchaRequest):
                let challenge = try await backend.newCaptcha(captchaRequest)
                // The screens say how to answer by the kind asked for: another kind would be misread.
                guard challenge.kind == captchaRequest.kind else {
                    return .failure(request, .internalError(reference: "captcha-kind"), session: session)
                }
                reply = .captcha(challenge)
            case .submit(let r): reply = .submitted(try await backend.submit(r))
            case .pollConfirmation(let id): reply = .status(try await backend.confirmationStatus(id))
            case .confirm(let id, let code):
                try await backend.confirm(id, code: code)
                reply = .confirmed
            case .resend(let id): reply = .resent(try await backend.resendConfirmation(id))
            case .startProcedure(let id): reply = .started(try await backend.startProcedure(id))
            case .finishProcedure(let id):
                let result = try await backend.finishProcedure(id)
                // The NSS is what matters: a backend that cannot say whether the email went says "not yet".
                let sent = (try? await backend.resultEmailSent(id)) ?? false
                reply = .finished(result, emailSent: sent)
            case .listDocuments(let id): reply = .documents(try await backend.documents(id))
            case .lookupCURP(let q): reply = .lookup(try await backend.lookupCURP(q))
            case .emailDocuments(let id):
                reply = .emailed(sent: try await backend.emailDocuments(id))
            case .documentLinks(let id): reply = .documentLinks(try await backend.documentLinks(id))
            case .listOpenApplications: reply = .openApplications(try await backend.openApplications())
            case .resume(let id): reply = .resumed(try await backend.resumeApplication(id))
            case .recordProgress(let id, let progress):
                try await backend.recordProgress(id, progress)
                reply = .progressRecorded
            case .saveDocuments(let list), .printDocuments(let list):
                guard let outlet else {
                    return .deliveryFailed(request, DeliveryFailure(
                        Phrase.noticeNoOutlet.text), session: session)
                }
                var files: [DocumentFile] = []
                for info in list { files.append(DocumentFile(name: info.fileName, data: try await backend.document(info.id))) }
                do {
                    if case .saveDocuments = effect {
                        reply = .saved(try await outlet.save(files))
                    } else {
                        reply = .printed(try await outlet.print(files))
                    }
                } catch {
                    return .deliveryFailed(request, error, session: session)
                }
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

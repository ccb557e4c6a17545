import FoundationEssentials
import NSSCore

extension WizardState {
    /// The state machine: applies one event and returns the effects to perform, in order.
    /// Validation gates only `next`; `back` keeps every value; Salir, Terminar and the idle timeout
    /// wipe everything personal.
    public mutating func reduce(_ event: Event) -> [Effect] {
        let before = focus
        let effects = apply(event)
        if !focusOrder.contains(focus) { focus = FocusOrder.first(for: self) }
        // Leaving a field with something typed in it is when its mistakes are said.
        if case .field(let left) = before, focus != before, !text(left).isEmpty { checked.insert(left) }
        if case .field(let field) = focus { lastField = field }
        return effects
    }

    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case .edit(let edit):
            if case .action = focus, case .insert = edit {
                // Typed while a button has the focus: it goes to the field the person was last in (or
                // the screen's first), never to the button — a stray letter presses nothing.
                guard let field = focusOrder.contains(.field(lastField)) ? lastField
                        : focusOrder.lazy.compactMap({ if case .field(let f) = $0 { f } else { nil } }).first
                else { return [] }
                focus = .field(field)
            }
            guard case .field(let field) = focus else { return [] }
            var editable = self.editable(field)
            let cut = editable.apply(edit, maxLength: field.maxLength, uppercase: field.uppercasesInput)
            if editable.text != text(field) {
                // Typing again: only progress until the person leaves the field or presses Continuar.
                checked.remove(field)
                if field == .email { emailSuggestionOffered = nil }
            }
            fields[field] = editable
            notice = cut ? .info(Phrase.noticeTooLong.text(["n": String(field.maxLength)])) : nil
            if field == .email, !focusOrder.contains(focus) { focus = .field(.email) }
            return []
        case .focusNext:
            moveFocus(by: 1)
            return []
        case .focusPrevious:
            moveFocus(by: -1)
            return []
        case .activate:
            return activate()
        case .check(let field):
            checked.insert(field)
            return []
        case .perform(let action):
            return perform(action)
        case .tick:
            guard step == .waitingForLink, let ticket else { return [] }
            if isEmailConfirmed {
                // Paso 1 failed after the confirmation (the service was unreachable, say): try again.
                return person == nil ? start(.startProcedure(ticket.id)) : []
            }
            guard !confirmationExpired, !inFlight.contains(.poll) else { return [] }
            return start(.pollConfirmation(ticket.id))
        case .reply(let reply, let session):
            guard session == self.session, inFlight.remove(reply.request) != nil else { return [] }
            return receive(reply)
        case .failure(let request, let error, let session):
            guard session == self.session, inFlight.remove(request) != nil else { return [] }
            return fail(request, error)
        case .deliveryFailed(let request, let failure, let session):
            guard session == self.session, inFlight.remove(request) != nil else { return [] }
            notice = .error(failure.message)
            return []
        case .idleTimeout:
            return wipe(.idle)
        }
    }

    // MARK: - Focus

    mutating func moveFocus(by delta: Int) {
        let order = focusOrder
        guard !order.isEmpty else { return }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + delta + order.count) % order.count]
    }

    /// Enter: on a field, the next field — or the screen's main button after the last field.
    mutating func activate() -> [Effect] {
        switch focus {
        case .action(let action):
            return perform(action)
        case .field(let field):
            let order = focusOrder
            let fieldsHere = order.compactMap { if case .field(let f) = $0 { f } else { nil } }
            if field != fieldsHere.last, let i = fieldsHere.firstIndex(of: field) {
                focus = .field(fieldsHere[i + 1])
                return []
            }
            if lookup != nil { return perform(.searchLookup) }
            return perform(step == .waitingForLink ? .confirmCode : .next)
        }
    }

    // MARK: - Actions

    mutating func perform(_ action: Action) -> [Effect] {
        guard action == .exit || action == .back || action.isLanguageSwitch || focusOrder.contains(.action(action))
                || (action == .next && canPressNext) || isPossibleCaptchaSwitch(action) else { return [] }
        switch action {
        case .next: return next()
        case .back: return back()
        case .exit: return wipe(.exit)
        case .finish: return wipe(.finished)
        case .openLookup:
            lookup = LookupForm()
            focus = FocusOrder.first(for: self)
            notice = nil
            return []
        case .closeLookup:
            closeLookup()
            return []
        case .searchLookup:
            checked.formUnion(LookupForm.fields)
            guard let query = LookupQuery.query(from: self) else {
                notice = .error(Phrase.noticeLookupCheck.text)
                focus = .field(LookupForm.fields.first { !status(of: $0).isValid } ?? .lookupGivenNames)
                return []
            }
            notice = nil
            return start(.lookupCURP(query))
        case .chooseMatch(let index):
            guard let match = lookup?.matches?[safe: index] else { return [] }
            fields[.curp] = EditableText(match.curp.value)
            checked.remove(.curp)
            closeLookup()
            focus = .action(.next)
            notice = .info(Phrase.noticeLookupChosen.text(["curp": match.curp.value]))
            return []
        case .useEmailSuggestion:
            guard let suggestion = emailSuggestion else { return [] }
            fields[.email] = EditableText(suggestion)
            emailSuggestionOffered = nil
            focus = .action(.next)
            return []
        case .refreshCaptcha:
            empty(.captchaAnswer)
            return start(loadCaptcha(captchaKind))
        case .switchCaptcha(let kind):
            captchaKind = kind
            captcha = nil
            empty(.captchaAnswer)
            notice = nil
            focus = .field(.captchaAnswer)
            // A captcha of the other kind still on its way is asked again when it arrives.
            return start(loadCaptcha(kind))
        case .confirmCode:
            guard let ticket else { return [] }
            let code = ConfirmationCodeFormat.normalize(text(.confirmationCode))
            guard code.count == ConfirmationCodeFormat.length else {
                checked.insert(.confirmationCode)
                focus = .field(.confirmationCode)
                return []
            }
            return start(.confirm(ticket.id, code: code))
        case .resendEmail:
            guard let ticket else { return [] }
            return start(.resend(ticket.id))
        case .changeEmail:
            return abandonApplication()
        case .saveDocuments, .printDocuments:
            guard !documents.isEmpty else {
                notice = .info(Phrase.noticePreparingDocuments.text)
                return []
            }
            return start(action == .saveDocuments ? .saveDocuments(documents) : .printDocuments(documents))
        case .emailDocuments:
            guard let ticket else { return [] }
            return start(.emailDocuments(ticket.id))
        case .phoneLinks:
            guard let ticket else { return [] }
            notice = nil
            return start(.documentLinks(ticket.id))
        case .nextPhoneLink:
            guard let links = phoneLinks, !links.links.isEmpty else { return [] }
            phoneLinks?.shown = (links.shown + 1) % links.links.count
            return []
        case .closePhoneLinks:
            closePhoneLinks()
            return []
        case .resumeApplication(let index):
            guard let application = resumeChoice?.applications?[safe: index] else { return [] }
            notice = nil
            return start(.resume(application.id))
        case .startNew:
            return back()
        case .switchLanguage(let code):
            guard canSwitchLanguage, let chosen = configuration.languages.offered.first(where: { $0.code == code }),
                  chosen.code != language.code else { return [] }
            language = chosen
            // A notice was said in the other language; the field messages are said again in this one.
            notice = nil
            // A spelled captcha got on an earlier visit is said in the other language: another is asked
            // for when the person reaches its screen again.
            if captcha?.kind == .spelled { captcha = nil }
            if inFlight.contains(.captcha) { captchaOnItsWayIsInOtherLanguage = true }
            return []
        }
    }

    /// Buttons whose key works on this screen even when they are not in the focus order.
    var canPressNext: Bool { lookup == nil && focusOrder.contains(.action(.next)) }

    /// The captcha switch is a key (and a line-mode command), not a button in the focus order.
    func isPossibleCaptchaSwitch(_ action: Action) -> Bool {
        if case .switchCaptcha(let kind) = action { canSwitchCaptcha(to: kind) } else { false }
    }

    mutating func next() -> [Effect] {
        guard !isBusy else {
            if step == .captcha, captcha == nil {
                notice = .info(CaptchaWording.wait(captchaKind))
            }
            return []
        }
        checked.formUnion(focusOrder.compactMap { if case .field(let f) = $0 { f } else { nil } })
        switch step {
        case .curp:
            guard status(of: .curp).isValid else { return stay(on: .curp) }
            return go(to: .email)
        case .email:
            guard status(of: .email).isValid else { return stay(on: .email) }
            if emailSuggestion != nil, emailSuggestionOffered != text(.email) {
                // A likely typo of the domain: asked once, the same in both front ends; Continuar again
                // keeps the email as typed.
                emailSuggestionOffered = text(.email)
                focus = .action(.useEmailSuggestion)
                return []
            }
            return go(to: .emailConfirmation)
        case .emailConfirmation:
            guard status(of: .emailConfirmation).isValid else { return stay(on: .emailConfirmation) }
            return go(to: .captcha)
        case .captcha:
            for (earlier, field) in [(Step.curp, FieldID.curp), (.email, .email), (.emailConfirmation, .emailConfirmation)]
            where !status(of: field).isValid {
                checked.insert(field)
                return go(to: earlier)
            }
            guard status(of: .captchaAnswer).isValid else { return stay(on: .captchaAnswer) }
            guard let captcha else {
                notice = .info(CaptchaWording.wait(captchaKind))
                return start(loadCaptcha(captchaKind))
            }
            guard let curp, let email else { return [] }
            notice = nil
            return start(.submit(ApplicationRequest(curp: curp, email: email, captchaID: captcha.id,
                                                    captchaAnswer: text(.captchaAnswer), language: language.code)))
        case .startProcedure:
            return go(to: .finishProcedure) + progress(.finishProcedure)
        case .finishProcedure:
            guard let ticket, person != nil else { return [] }
            return start(.finishProcedure(ticket.id))
        case .result:
            guard let ticket else { return [] }
            step = .documents
            focus = FocusOrder.first(for: self)
            return progress(.documents) + start(.listDocuments(ticket.id))
        case .waitingForLink, .documents:
            return []
        }
    }

    mutating func back() -> [Effect] {
        if resumeChoice != nil {
            // A new procedure instead: the applications stay in the store, to be taken up another time.
            resumeChoice = nil
            inFlight.subtract([.openApplications, .resume])
            return go(to: .curp)
        }
        if lookup != nil {
            closeLookup()
            return []
        }
        if phoneLinks != nil {
            closePhoneLinks()
            return []
        }
        notice = nil
        switch step {
        case .curp: return []
        case .email: return go(to: .curp)
        case .emailConfirmation: return go(to: .email)
        case .captcha:
            // An answer to a submit still on its way is dropped: the person chose to change something.
            if inFlight.remove(.submit) != nil { captcha = nil; empty(.captchaAnswer) }
            return go(to: .emailConfirmation)
        case .waitingForLink: return abandonApplication()
        case .startProcedure, .result:
            notice = .info(Phrase.noticeAlreadyConfirmed.text)
            return []
        case .finishProcedure: return go(to: .startProcedure) + progress(.startProcedure)
        case .documents: return go(to: .result) + progress(.result)
        }
    }

    // MARK: - Moving between screens

    /// Shows the screen; the captcha screen asks for an image when it has none that is still good.
    mutating func go(to target: Step) -> [Effect] {
        step = target
        notice = nil
        focus = FocusOrder.first(for: self)
        if target == .captcha, captcha == nil, !inFlight.contains(.captcha) {
            return start(loadCaptcha(captchaKind))
        }
        return []
    }

    mutating func stay(on field: FieldID) -> [Effect] {
        focus = .field(field)
        return []
    }

    mutating func closeLookup() {
        lookup = nil
        for field in LookupForm.fields { empty(field) }
        focus = .field(.curp)
    }

    mutating func closePhoneLinks() {
        phoneLinks = nil
        focus = .action(.phoneLinks)
    }

    /// A field the wizard itself empties: nothing is wrong with it until the person types again.
    mutating func empty(_ field: FieldID) {
        fields[field] = nil
        checked.remove(field)
    }

    /// "Cambiar correo": the application is left behind (and offered for resuming no more); every value
    /// typed stays, and the email screen asks for another address.
    mutating func abandonApplication() -> [Effect] {
        let left = progress(.left)
        ticket = nil
        captcha = nil
        confirmationExpired = false
        isEmailConfirmed = false
        empty(.confirmationCode)
        empty(.captchaAnswer)
        inFlight.subtract([.poll, .confirm, .resend, .start])
        // A procedure taken up with `--resume` has nothing typed on this terminal: it starts from the CURP.
        return left + go(to: text(.curp).isEmpty ? .curp : .email)
    }

    /// Tells the backend where the person is (or that they left), for a later `--resume`; nothing waits
    /// for its answer, so it is never in flight.
    func progress(_ progress: ApplicationProgress) -> [Effect] {
        ticket.map { [.recordProgress($0.id, progress)] } ?? []
    }

    /// The call for a captcha of `kind`, in the language the person reads.
    func loadCaptcha(_ kind: CaptchaKind) -> Effect {
        .loadCaptcha(CaptchaRequest(kind, language: language.code))
    }

    mutating func start(_ effect: Effect) -> [Effect] {
        guard let request = effect.request, !inFlight.contains(request) else { return [] }
        inFlight.insert(request)
        // A captcha asked for now is asked in the person's language.
        if request == .captcha { captchaOnItsWayIsInOtherLanguage = false }
        return [effect]
    }

    // MARK: - Backend answers

    mutating func receive(_ reply: Reply) -> [Effect] {
        switch reply {
        case .captcha(let challenge):
            // Asked for before the person switched kinds, or spelled in the language they left: ask for the
            // kind they read now, in their language.
            let spelledInOtherLanguage = captchaOnItsWayIsInOtherLanguage && challenge.kind == .spelled
            captchaOnItsWayIsInOtherLanguage = false
            guard challenge.kind == captchaKind, !spelledInOtherLanguage else { return start(loadCaptcha(captchaKind)) }
            captcha = challenge
            return []
        case .submitted(let newTicket):
            ticket = newTicket
            captcha = nil
            empty(.captchaAnswer)
            confirmationExpired = false
            step = .waitingForLink
            focus = FocusOrder.first(for: self)
            notice = newTicket.toAssociatedEmail ? .info(Self.associatedEmailNotice(newTicket.maskedEmail)) : nil
            return []
        case .status(let status):
            switch status {
            case .pending: return []
            case .expired:
                confirmationExpired = true
                notice = .error(BackendError.confirmationExpired.message)
                return []
            case .confirmed:
                return emailConfirmed()
            }
        case .confirmed:
            return emailConfirmed()
        case .resent(let newTicket):
            ticket = newTicket
            confirmationExpired = false
            empty(.confirmationCode)
            notice = .info(WaitingWording.resent(newTicket))
            return []
        case .started(let record):
            guard isEmailConfirmed, step == .waitingForLink else { return [] }
            person = record
            step = .startProcedure
            focus = FocusOrder.first(for: self)
            notice = nil
            return []
        case .finished(let outcome, let emailSent):
            guard person != nil, isEmailConfirmed else { return [] }
            result = outcome
            resultEmailSent = emailSent
            step = .result
            focus = FocusOrder.first(for: self)
            notice = nil
            return []
        case .documents(let list):
            guard result != nil else { return [] }
            documents = list
            focus = FocusOrder.first(for: self)
            return []
        case .lookup(let matches):
            guard lookup != nil else { return [] }
            lookup?.matches = matches
            notice = matches.isEmpty
                ? .error(Phrase.noticeLookupNone.text)
                : nil
            if let first = matches.indices.first { focus = .action(.chooseMatch(first)) }
            return []
        case .documentLinks(let links):
            guard step == .documents else { return [] }
            guard !links.isEmpty else {
                notice = .error(DocumentsWording.noPhoneLinks)
                return []
            }
            phoneLinks = PhoneLinks(links: links)
            focus = FocusOrder.first(for: self)
            return []
        case .saved(let paths):
            notice = .info(Phrase.noticeSaved.text(["archivos": paths.joined(separator: Phrase.noticeSavedJoiner.text)]))
            return []
        case .printed(let message):
            notice = .info(message)
            return []
        case .openApplications(let list):
            guard resumeChoice != nil else { return [] }
            guard !list.applications.isEmpty else {
                resumeChoice = nil
                notice = .info(ResumeWording.nothingToResume(expired: list.expired))
                focus = FocusOrder.first(for: self)
                return []
            }
            resumeChoice = ResumeChoice(applications: list.applications, expired: list.expired)
            focus = .action(.resumeApplication(0))
            return []
        case .resumed(let application):
            guard resumeChoice != nil else { return [] }
            return takeUp(application)
        case .progressRecorded:
            return []
        case .emailed(let sent):
            let address = ticket?.maskedEmail ?? Phrase.noticeYourEmail.text
            notice = .info((sent ? Phrase.noticeCopySent : .noticeCopyPending).text(["correo": address]))
            return []
        }
    }

    /// An application of the resume list, where it stopped: the stored person and result, no step taken
    /// again. One confirmed before Paso 1 was taken takes it now, as the waiting screen would have.
    mutating func takeUp(_ application: ResumedApplication) -> [Effect] {
        let needsPerson = application.stage != .waitingForConfirmation && application.stage != .confirmed
        let needsResult = application.stage == .result || application.stage == .documents
        guard !needsPerson || application.person != nil, !needsResult || application.result != nil else {
            notice = .error(BackendError.internalError(reference: "reanudar").message)
            return []
        }
        resumeChoice = nil
        ticket = application.ticket
        person = application.person
        result = application.result
        resultEmailSent = application.resultEmailSent
        isEmailConfirmed = application.stage != .waitingForConfirmation && application.stage != .confirmed
        var effects: [Effect] = []
        switch application.stage {
        case .waitingForConfirmation: step = .waitingForLink
        case .confirmed:
            step = .waitingForLink
            effects = emailConfirmed()
        case .startProcedure: step = .startProcedure
        case .finishProcedure: step = .finishProcedure
        case .result: step = .result
        case .documents:
            step = .documents
            effects = start(.listDocuments(application.ticket.id))
        }
        focus = FocusOrder.first(for: self)
        notice = .info(ResumeWording.resumed)
        return effects
    }

    mutating func emailConfirmed() -> [Effect] {
        guard let ticket, step == .waitingForLink, !isEmailConfirmed else { return [] }
        isEmailConfirmed = true
        notice = .info(Phrase.noticeConfirmed.text)
        inFlight.subtract([.poll, .confirm])
        return start(.startProcedure(ticket.id))
    }

    /// Said when the email went to the address the CURP already has, not to the one typed.
    static func associatedEmailNotice(_ masked: String) -> String {
        Phrase.noticeCurpKeepsEmail.text(["correo": masked])
    }

    mutating func fail(_ request: Request, _ error: BackendError) -> [Effect] {
        notice = .error(error.message)
        switch (request, error) {
        case (.openApplications, _):
            // Nothing to choose from: a new procedure, with the reason on the CURP screen.
            resumeChoice = nil
            focus = FocusOrder.first(for: self)
            return []
        case (.resume, _):
            guard resumeChoice != nil else { return [] }
            if error == .confirmationExpired || error == .applicationNotFound { notice = .error(ResumeWording.expiredNow) }
            // The list again: what expired or was left meanwhile is gone from it.
            return start(.listOpenApplications)
        case (.submit, .curpNotInRegistry):
            unregisteredCURP = text(.curp)
            checked.insert(.curp)
            captcha = nil
            empty(.captchaAnswer)
            step = .curp
            focus = .field(.curp)
            return []
        case (.submit, _):
            // Whatever the reason, the image was used up: show a new one, and an empty field that is
            // not yet marked as missing.
            notice = .error(CaptchaWording.refusal(error, kind: captchaKind))
            captcha = nil
            empty(.captchaAnswer)
            focus = .field(.captchaAnswer)
            return start(loadCaptcha(captchaKind))
        case (.poll, .unreachable):
            notice = nil  // polling retries by itself on the next tick
            return []
        case (.poll, .confirmationExpired), (.confirm, .confirmationExpired):
            confirmationExpired = true
            return []
        case (.confirm, .codeWrong):
            focus = .field(.confirmationCode)
            return []
        default:
            return []
        }
    }

    // MARK: - Wiping

    /// Forgets everything about the person; only the configuration and the session counter survive.
    /// The application under way, if any, is left on purpose: a later `--resume` does not offer it.
    mutating func wipe(_ reason: EndReason) -> [Effect] {
        let left = progress(.left)
        let next = session + 1
        self = WizardState(configuration: configuration)
        session = next
        return left + [.endSession(reason)]
    }

    // MARK: - Resuming

    /// `--resume`: the list of this account's applications that can be taken up, asked for now.
    public mutating func beginResume() -> [Effect] {
        resumeChoice = ResumeChoice()
        focus = FocusOrder.first(for: self)
        return start(.listOpenApplications)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

import FoundationEssentials
import NSSCore
import Wizard

/// One plain-mode conversation: reads answers, turns them into the wizard's events, performs the
/// wizard's backend calls concurrently and feeds their answers back, and says only what changed — a new
/// screen, a new notice, the status of an answer. Everything runs on one task; the input, the clock
/// and the backend calls only post messages to it.
final class PlainSession<Backend: NSSBackend> {
    private(set) var state: WizardState
    let runner: EffectRunner<Backend>
    let input: any LineInput
    let options: PlainOptions
    let speaker: Speaker
    let mailbox: AsyncStream<SessionMessage>
    let post: AsyncStream<SessionMessage>.Continuation

    /// Lines typed before their prompt came up, oldest first.
    var typedAhead: [TypedLine] = []
    var inputEnded = false
    var ended = false
    /// Backend calls to start, each with the session it was made for.
    var launches: [(effect: Effect, session: Int)] = []
    /// The prompt on screen, waiting for its answer.
    var openPrompt: Prompt?
    /// «¿Deseas salir?» is being asked (`:salir` or Ctrl-C with something to lose).
    var confirmingLeave = false
    /// The field whose current value was last read back, so a re-prompt does not read it again.
    var valueReadBack: FieldID?
    var idleWatch: IdleWatch<ContinuousClock.Instant>
    /// The time the idle limit and the staff PIN's wait are read by.
    let clock: SessionClock
    var busySince: Date?
    var busyAnnounced = false
    /// The staff exit of a kiosk (`:personal` or a line with Ctrl-X), when the program has a PIN.
    let staffPIN: StaffPINCheck?
    var staffLockout: StaffLockout
    /// Since when the staff PIN is being asked (echo off); the next line typed is the PIN.
    var staffPINAskedAt: ContinuousClock.Instant?
    /// Called on every wipe, after the state is wiped: removes what the session left on disk.
    let onWipe: (@Sendable () -> Void)?
    /// A file of answers (`--answers`), typed at the prompts before anything read from the input.
    let script: ScriptedRun?
    /// Whether the script handed the procedure over to the person (`terminar: no`).
    var scriptHandedOver = false

    init(backend: Backend, input: any LineInput, output: any LineOutput, options: PlainOptions,
         outlet: (any DocumentOutlet)? = nil, staffPIN: StaffPINCheck? = nil, onWipe: (@Sendable () -> Void)? = nil,
         script: ScriptedRun? = nil, clock: SessionClock = .continuous) {
        self.clock = clock
        self.onWipe = onWipe
        self.script = script
        self.staffPIN = options.kiosk ? staffPIN : nil
        staffLockout = staffPIN?.lockoutStore.load() ?? StaffLockout()
        state = WizardState(configuration: options.wizardConfiguration)
        runner = EffectRunner(backend: backend, outlet: outlet)
        self.input = input
        self.options = options
        speaker = Speaker(output: output, ascii: options.ascii)
        (mailbox, post) = AsyncStream.makeStream(of: SessionMessage.self)
        idleWatch = IdleWatch(now: clock.now())
    }

    /// Runs until the session ends; returns the exit status.
    func run() async -> Int32 {
        inLanguage { greet() }
        await withDiscardingTaskGroup { group in
            group.addTask { [input, post] in
                for await line in input.lines() { post.yield(.typed(line)) }
                post.yield(.endOfInput)
            }
            if !options.kiosk {
                // Ctrl-C asks to leave, like :salir; at a kiosk it is a typed byte.
                group.addTask { [input, post] in
                    for await _ in input.interrupts() { post.yield(.interrupt) }
                }
            }
            group.addTask { [post, interval = options.tickInterval] in
                while !Task.isCancelled {
                    do { try await Task.sleep(for: interval) } catch { return }
                    post.yield(.tick(Date()))
                }
            }
            if let script {
                // The script's turns between the clock's: its pause and the code from the outbox end any time.
                group.addTask { [post] in
                    while !Task.isCancelled, !script.isOver {
                        do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
                        post.yield(.scriptTurn)
                    }
                }
            }
            inLanguage { settle() }
            inLanguage { launch(into: &group) }
            for await message in mailbox {
                // Each turn in the person's language; a switch made by one is heard in the next.
                inLanguage { receive(message) }
                inLanguage { settle() }
                inLanguage { launch(into: &group) }
                if ended { break }
            }
            group.cancelAll()
        }
        return script?.stop == nil ? 0 : 1
    }

    /// Runs `body` with the person's language as the current catalogue: everything said, and every
    /// backend call started (its messages), is in it.
    func inLanguage<Result>(_ body: () -> Result) -> Result {
        Catalogue.$current.withValue(state.language, operation: body)
    }

    // MARK: - The queue

    func receive(_ message: SessionMessage) {
        switch message {
        case .typed(let raw):
            typedAhead.append(TypedLine(text: Self.typedText(raw), atOpenPrompt: speaker.promptIsOpen))
            idleWatch.touch(clock.now())
        case .endOfInput:
            inputEnded = true
        case .interrupt:
            idleWatch.touch(clock.now())
            if staffPINAskedAt == nil { requestLeave(interrupted: true) }
        case .wizard(let event):
            apply(event)
        case .tick(let now):
            tick(now)
        case .scriptTurn:
            break
        }
    }

    /// Asks the current question and answers it with the lines already typed, for as long as there is
    /// a question (none while the backend works) and a line to answer it.
    func settle() {
        while !ended {
            if staffPINAskedAt != nil {
                // The staff PIN: the next line, checked at once, never echoed, never kept.
                guard !typedAhead.isEmpty else { break }
                checkStaffPIN(typedAhead.removeFirst().text)
                continue
            }
            guard let prompt = currentPrompt else { break }
            // While a file of answers plays, its answers alone are typed (what the person types waits
            // for it to be done; «¿Deseas salir?» after Ctrl-C is theirs). Its answer is chosen before the
            // question is asked: a run that stops asks nothing more.
            let scriptPlays = script.map { !$0.isOver } == true && !scriptHandedOver && !confirmingLeave
            let scripted = scriptPlays ? scriptedLine(at: prompt) : nil
            if ended { break }
            if openPrompt != prompt || !speaker.promptIsOpen { ask(prompt) }
            if scriptPlays {
                guard let scripted else { break }
                typedAhead.insert(TypedLine(text: scripted, atOpenPrompt: false), at: 0)
            }
            guard !typedAhead.isEmpty else { break }
            let line = typedAhead.removeFirst()
            speaker.answered(echo: input.echoesTyping && line.atOpenPrompt ? nil : line.text)
            openPrompt = nil
            answer(line.text, to: prompt)
        }
        // The end of the input waits for a file of answers to be done: its lines are not read from it.
        if inputEnded, typedAhead.isEmpty, !ended, !state.isBusy, script?.isOver ?? true || scriptHandedOver { endOfInput() }
    }

    // MARK: - A file of answers

    /// The line the file of answers types at `prompt` now, or nil (it waits, it is done, or it stopped).
    func scriptedLine(at prompt: Prompt) -> String? {
        guard let script else { return nil }
        switch script.next(in: state) {
        case .wait, .fetchCode:
            return nil
        case .type(_, let text):
            return text
        case .press(let action):
            if prompt == .press(action) { return "" }
            if case .emailSuggestion = prompt { return action == .useEmailSuggestion ? Phrase.lineYes.text : Phrase.lineNo.text }
            return Command.allCases.first { $0.action == action }?.typed ?? ""
        case .stop(let message):
            speaker.say(Phrase.lineScriptStopped.text(["n": String(state.step.number), "total": String(Step.count), "mensaje": message]))
            apply(.perform(.exit))
            ended = true
            return nil
        case .done(let endsProgram):
            scriptHandedOver = true
            if endsProgram { ended = true }
            return nil
        }
    }

    var currentPrompt: Prompt? {
        Prompt.current(for: state, confirmingLeave: confirmingLeave, kiosk: options.kiosk)
    }

    /// `:salir` or Ctrl-C: the wizard's one rule for leaving — asked first when it would wipe something
    /// of the person, at once otherwise. Ctrl-C while it is asked answers yes.
    func requestLeave(interrupted: Bool) {
        if !state.leavingNeedsConfirmation || (interrupted && confirmingLeave) {
            confirmingLeave = false
            apply(.perform(.exit))
            return
        }
        confirmingLeave = true
        openPrompt = nil
    }

    func launch(into group: inout DiscardingTaskGroup) {
        for (effect, session) in launches {
            group.addTask { [runner, post] in
                if let event = await runner.run(effect, session: session) { post.yield(.wizard(event)) }
            }
        }
        launches.removeAll()
    }

    /// Puts the focus where the question being asked is: the wizard reads edits into the focused field.
    func moveFocus(to target: Focusable) {
        state.focus(on: target)
    }

    func ask(_ prompt: Prompt) {
        if case .field(let field) = prompt, valueReadBack != field, !state.text(field).isEmpty {
            speaker.say(Phrase.lineCurrentValueKeep.text(["campo": field.label, "valor": state.text(field)]))
            valueReadBack = field
        }
        speaker.ask(prompt.text(in: state))
        openPrompt = prompt
    }

    // MARK: - Events

    /// Feeds one event to the wizard, queues its backend calls and says what changed.
    func apply(_ event: Event) {
        let before = state
        var ending: EndReason?
        for effect in state.reduce(event) {
            if case .endSession(let reason) = effect {
                ending = reason
            } else {
                launches.append((effect, state.session))
            }
        }
        if let ending {
            end(ending)
            return
        }
        announceChanges(since: before, event: event)
        if !state.isBusy {
            busySince = nil
            busyAnnounced = false
        } else if busySince == nil {
            busySince = Date()
        }
    }

    func announceChanges(since before: WizardState, event: Event) {
        if before.step != state.step || (before.lookup == nil) != (state.lookup == nil)
            || before.resumeChoice?.applications != state.resumeChoice?.applications
            || (before.resumeChoice == nil) != (state.resumeChoice == nil) {
            announceScreen()
        } else if state.step == .captcha, let captcha = state.captcha, captcha.id != before.captcha?.id {
            speaker.say(CaptchaReading.lines(for: captcha, testAnswer: options.testCaptchaAnswer))
        } else if state.step == .documents, state.documents != before.documents, !state.documents.isEmpty {
            speaker.say(DocumentList.lines(in: state))
        }
        if let links = state.phoneLinks?.links, before.phoneLinks == nil {
            // The screen shows one code at a time; a line says them all, and the documents' prompt comes back.
            speaker.say(PhoneLinkList.lines(for: links))
            _ = state.reduce(.perform(.closePhoneLinks))
        }
        if case .reply(.lookup(let matches), _) = event, isAccepted(event, by: before), state.lookup != nil {
            if matches.isEmpty {
                moveFocus(to: .field(LookupForm.fields[0]))
            } else {
                speaker.say(MatchList.lines(for: matches))
            }
        }
        let failed = if case .failure = event { isAccepted(event, by: before) } else { false }
        if let notice = state.notice, notice != before.notice || failed {
            speaker.say(Self.wording(of: notice))
        }
    }

    /// Whether `event` is a backend answer that the wizard in state `before` was waiting for.
    func isAccepted(_ event: Event, by before: WizardState) -> Bool {
        switch event {
        case .reply(let reply, let session): session == before.session && before.inFlight.contains(reply.request)
        case .failure(let request, _, let session): session == before.session && before.inFlight.contains(request)
        default: false
        }
    }

    static func wording(of notice: Notice) -> String {
        notice.kind == .error ? Phrase.lineAttention.text(["aviso": notice.text]) : notice.text
    }

    func announceScreen() {
        speaker.pause()
        speaker.say(ScreenAnnouncement.lines(for: state, testCaptchaAnswer: options.testCaptchaAnswer))
        valueReadBack = nil
        idleWatch.touch(clock.now())
    }

    func tick(_ now: Date) {
        if staffLockout.expire(at: clock.now()) { staffPIN?.lockoutStore.save(staffLockout) }
        if let asked = staffPINAskedAt, clock.now() - asked >= Self.staffPINWait {
            // Nobody typed the PIN: echo comes back on before the next person types anything.
            cancelStaffExit()
        }
        apply(.tick(now))
        if state.isBusy, let since = busySince, !busyAnnounced, now.timeIntervalSince(since) >= 1 {
            speaker.say(Phrase.lineMoment.text)
            busyAnnounced = true
        }
        guard state.countsIdleTime else {
            idleWatch.touch(clock.now())
            return
        }
        let warnedBefore = idleWatch.isWarning
        switch idleWatch.read(at: clock.now(), limitSeconds: state.idleLimitSeconds,
                              warningSeconds: state.configuration.idleWarningSeconds) {
        case .active:
            break
        case .warning(let secondsLeft):
            // Said once; a screen reader's user is not interrupted every second.
            guard !warnedBefore else { break }
            speaker.say(secondsLeft == 1 ? Phrase.lineStillThereOne.text : Phrase.lineStillThere.text(["n": String(secondsLeft)]))
        case .expired:
            apply(.idleTimeout)
        }
    }

    // MARK: - Beginnings and ends

    func greet() {
        if options.resume, state.session == 0, state.resumeChoice == nil {
            // The first session of `--resume` opens on the list (asked for now), not on the CURP.
            launches += state.beginResume().map { ($0, state.session) }
        }
        speaker.say(Phrase.lineTitle.text)
        speaker.say(Phrase.lineHow.text(["ayuda": Command.help.typed, "salir": Command.exit.typed]))
        announceScreen()
    }

    /// The wizard wiped everything personal: say so, then start over or stop.
    func end(_ reason: EndReason) {
        onWipe?()
        if staffPINAskedAt != nil { cancelStaffExit() }
        // What is typed and not yet sent, at the terminal and in the reader, belongs to the person before.
        input.discardPending()
        if reason == .idle { typedAhead.removeAll() }
        // Calls for the person wiped are dropped, except the word that they left their application.
        launches.removeAll { if case .recordProgress = $0.effect { false } else { true } }
        openPrompt = nil
        confirmingLeave = false
        valueReadBack = nil
        busySince = nil
        busyAnnounced = false
        idleWatch.touch(clock.now())
        if options.clearsScreenOnWipe { speaker.clearScreen() }
        speaker.pause()
        switch reason {
        case .exit: speaker.say(Phrase.lineLeft.text)
        case .finished: speaker.say(Phrase.lineFinished.text)
        case .idle: speaker.say(Phrase.lineIdle.text)
        }
        speaker.say(Phrase.lineWiped.text)
        if options.kiosk || reason == .idle {
            // The next person starts in the configured language: the wipe brought it back.
            Catalogue.$current.withValue(state.language) {
                speaker.say(Phrase.lineAgain.text)
                greet()
            }
        } else {
            ended = true
        }
    }

    // MARK: - The staff exit

    /// How long the staff PIN is awaited before the prompt is given up.
    static var staffPINWait: Duration { .seconds(30) }
    static var wrongStaffPIN: String { StaffExitWording.wrongPIN }
    static var lockedStaffExit: String { StaffExitWording.locked }

    /// Whether `text` asks for the staff exit: `:personal`, or a line of nothing but Ctrl-X.
    func asksForStaffExit(_ text: String) -> Bool {
        staffPIN != nil && (Diacritics.strip(text.trimmingWhiteSpace()).lowercased() == ":personal" || text == Self.staffExitMarker)
    }

    /// What a line of nothing but Ctrl-X becomes once control characters are dropped.
    static var staffExitMarker: String { "\u{18}" }

    /// A typed line without control characters (Ctrl-C, Ctrl-Z, Ctrl-\ typed at a kiosk arrive as
    /// bytes); a line of Ctrl-X alone is kept as it is, the staff exit.
    static func typedText(_ raw: String) -> String {
        if raw.trimmingWhiteSpace() == staffExitMarker { return staffExitMarker }
        return String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }))
    }

    /// Asks for the staff PIN with the terminal's echo off. While the exit is locked it is asked all the
    /// same, so a PIN typed in a hurry is swallowed instead of landing in the person's answers.
    func beginStaffExit() {
        input.setEcho(false)
        speaker.ask(Phrase.lineStaffPin.text)
        staffPINAskedAt = clock.now()
    }

    func cancelStaffExit() {
        staffPINAskedAt = nil
        input.setEcho(true)
        speaker.answered(echo: "")
        openPrompt = nil
    }

    func checkStaffPIN(_ typed: String) {
        cancelStaffExit()
        let now = clock.now()
        guard !staffLockout.isLocked(at: now) else {
            speaker.say(Self.lockedStaffExit)
            return
        }
        guard let check = staffPIN, check.accepts(typed) else {
            staffLockout.failed(at: now)
            staffPIN?.lockoutStore.save(staffLockout)
            speaker.say(staffLockout.isLocked(at: now) ? Self.lockedStaffExit : Self.wrongStaffPIN)
            return
        }
        staffLockout.succeeded()
        check.lockoutStore.save(staffLockout)
        _ = state.reduce(.perform(.exit))
        onWipe?()
        input.discardPending()
        if options.clearsScreenOnWipe { speaker.clearScreen() }
        speaker.say(Phrase.lineStaffLeft.text)
        ended = true
    }

    /// Ctrl-D or the end of a file of answers: wipe and stop.
    func endOfInput() {
        onWipe?()
        if state.holdsPersonalData {
            _ = state.reduce(.perform(.exit))
            speaker.say(Phrase.lineInputEndedWiped.text)
        } else {
            speaker.say(Phrase.lineInputEnded.text)
        }
        ended = true
    }
}

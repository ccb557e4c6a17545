import FoundationEssentials
import NSSCore
import Terminal
import Wizard

/// The full-screen wizard: turns keys into the wizard's events, runs the wizard's backend calls in
/// the background and feeds their answers back, keeps the idle countdown, and draws the screen of the
/// current step with whatever is open over it (help, «¿Deseas salir?», the staff PIN).
///
/// The run loop calls it on its one UI thread; nothing here waits on the backend.
public struct KioskApp: LoopProgram {
    public typealias Message = Event

    public internal(set) var state: WizardState
    let options: KioskOptions
    var overlay: Overlay?
    /// A message of the app itself (a wrong staff PIN), shown until the next key.
    var appNotice: Notice?
    /// Wrong staff PINs and the lock they set; kept in `options.staffPIN`'s store across restarts.
    var staffLockout: StaffLockout
    var clock: ActivityClock
    /// The wall-clock time of the latest tick: the link's time left is counted from it.
    var now: Date
    /// When a file of answers stopped at a wrong answer: its screen stays on view a moment, then the
    /// program ends.
    var scriptStoppedAt: ContinuousClock.Instant?
    /// Whether a file of answers handed the procedure over to the person (`terminar: no`).
    var scriptHandedOver = false
    private let wallClock: @Sendable () -> Date
    private let inbox: Inbox<Event>
    private let runEffect: @Sendable (Effect, Int) async -> Event?

    /// An app on `backend`, whose answers arrive through `inbox` (the run loop's); documents are saved
    /// and printed through `outlet`, where the terminal has one.
    public init<Backend: NSSBackend>(backend: Backend, outlet: (any DocumentOutlet)?, inbox: Inbox<Event>,
                                     options: KioskOptions, wallClock: @escaping @Sendable () -> Date = Date.init) {
        let runner = EffectRunner(backend: backend, outlet: outlet)
        self.init(options: options, inbox: inbox, wallClock: wallClock) { effect, session in
            await runner.run(effect, session: session)
        }
    }

    init(options: KioskOptions, inbox: Inbox<Event>, wallClock: @escaping @Sendable () -> Date,
         start: ContinuousClock.Instant = ContinuousClock.now,
         runEffect: @escaping @Sendable (Effect, Int) async -> Event?) {
        state = WizardState(configuration: options.configuration)
        self.options = options
        self.inbox = inbox
        self.wallClock = wallClock
        self.runEffect = runEffect
        clock = ActivityClock(now: start)
        now = wallClock()
        staffLockout = options.staffPIN?.lockoutStore.load() ?? StaffLockout()
    }

    public var minimumSize: Size { .standard }

    /// Below 80×24: where the person can go on meanwhile (the line mode, except at a kiosk, where nobody
    /// starts programs), and the confirmation of leaving if F10 asked for it.
    public func tooSmallNotice(current: Size) -> TooSmallNotice {
        Catalogue.$current.withValue(state.language) { tooSmallNoticeInLanguage(current: current) }
    }

    private func tooSmallNoticeInLanguage(current: Size) -> TooSmallNotice {
        let advice = options.kiosk ? nil
            : Phrase.screenTooSmallPlain.text
        let keys = overlay?.isExitConfirmation == true
            ? Phrase.screenTooSmallLeave.text(["pregunta": LeaveWording.question, "salir": LeaveWording.leave.lowercased(),
                                               "quedarse": LeaveWording.stay.lowercased()])
            : Phrase.screenTooSmallKeys.text
        return TooSmallNotice(current: current, minimum: minimumSize, advice: advice, keys: keys)
    }

    /// Every event is handled in the person's language: what it says (a notice, a refusal) is said in it.
    public mutating func handle(_ event: LoopEvent<Event>) -> LoopReaction {
        Catalogue.$current.withValue(state.language) { handleInLanguage(event) }
    }

    private mutating func handleInLanguage(_ event: LoopEvent<Event>) -> LoopReaction {
        var reaction: LoopReaction
        switch event {
        case .key(let key): reaction = press(key)
        case .message(let answer): reaction = apply(answer)
        case .tick(let instant): reaction = tick(instant)
        case .interrupt:
            reaction = overlay?.isExitConfirmation == true ? .unchanged : leave()
        }
        if reaction != .finish { reaction = merge(reaction, playScript()) }
        clock.observe(busy: state.isBusy)
        return reaction
    }

    // MARK: - Time

    private mutating func tick(_ instant: ContinuousClock.Instant) -> LoopReaction {
        let wasBusy = clock.showsBusy
        let warningBefore = idleWarningSeconds
        let (second, frame) = clock.advance(to: instant)
        var reaction = LoopReaction.unchanged
        if staffLockout.expire(at: instant) {
            // The lock ends on time even on an untouched screen: its dialog and message go with it.
            options.staffPIN?.lockoutStore.save(staffLockout)
            if overlay == .staffLocked { overlay = nil }
            if appNotice == .error(StaffExitPrompt.locked) { appNotice = nil }
            reaction = .changed
        }
        if second {
            now = wallClock()
            reaction = merge(reaction, apply(.tick(now)))
            if state.step == .waitingForLink { reaction = merge(reaction, .changed) }
        }
        if frame, clock.showsBusy || state.step == .waitingForLink { reaction = merge(reaction, .changed) }
        if clock.showsBusy != wasBusy { reaction = merge(reaction, .changed) }
        if clock.idleExpired(limitSeconds: state.idleLimitSeconds, warningSeconds: state.configuration.idleWarningSeconds,
                             countsIdleTime: state.countsIdleTime) {
            return apply(.idleTimeout)
        }
        if idleWarningSeconds != warningBefore { reaction = merge(reaction, .changed) }
        return reaction
    }

    /// The seconds left before the idle wipe while the countdown shows; nil when it does not.
    var idleWarningSeconds: Int? {
        state.holdsPersonalData ? clock.idleWarning : nil
    }

    // MARK: - The wizard

    /// `--resume`: shows the list of this account's applications that can be taken up, asking the
    /// backend for it now.
    public mutating func beginResume() {
        for effect in state.beginResume() { launch(effect) }
    }

    /// Feeds one event to the wizard and starts the backend calls it asks for.
    mutating func apply(_ event: Event) -> LoopReaction {
        // A reply can change what is drawn against the clock (screen 5's time left): read it now, not at
        // the last whole-second tick.
        now = wallClock()
        let before = state
        var reaction = LoopReaction.unchanged
        for effect in state.reduce(event) {
            if case .endSession(let reason) = effect {
                reaction = endSession(reason)
            } else {
                launch(effect)
            }
        }
        return reaction == .unchanged && state != before ? .changed : reaction
    }

    private func launch(_ effect: Effect) {
        guard let request = effect.request else { return }
        let session = state.session
        inbox.perform { [runEffect] in
            await runEffect(effect, session) ?? .failure(request, .internalError(reference: "sin-respuesta"),
                                                         session: session)
        }
    }

    /// Everything personal is already wiped from the state: wipe the screen too. A kiosk, Terminar
    /// and the idle timeout start over at screen 1; Salir in a staff session ends the program.
    private mutating func endSession(_ reason: EndReason) -> LoopReaction {
        options.onWipe?()
        overlay = nil
        appNotice = nil
        clock.keyPressed()
        return reason == .exit && !options.kiosk ? .finish : .repaint
    }

    func merge(_ a: LoopReaction, _ b: LoopReaction) -> LoopReaction {
        if a == .finish || b == .finish { return .finish }
        if a == .repaint || b == .repaint { return .repaint }
        return a == .changed || b == .changed ? .changed : .unchanged
    }
}

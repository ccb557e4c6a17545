import Glibc

/// The single UI thread's loop: wait briefly for keys, then apply keys, background results,
/// timer ticks and signals to the program, and redraw only when something changed.
///
/// Every turn looks at the signals first: a hang-up (SSH dropped: SIGHUP, or a terminal that
/// is simply gone), SIGTERM or SIGQUIT ends the loop; SIGINT becomes `.interrupt` (ignored
/// in kiosk mode). A resize or Ctrl-L redraws
/// the whole screen.
public struct TerminalLoop {
    /// How long one wait for keys lasts: it bounds how late a result or a signal is seen.
    public var keyTimeoutMilliseconds: Int32
    /// How often `.tick` is sent.
    public var tickInterval: Duration

    public init(keyTimeoutMilliseconds: Int32 = 100, tickInterval: Duration = .milliseconds(250)) {
        self.keyTimeoutMilliseconds = keyTimeoutMilliseconds
        self.tickInterval = tickInterval
    }

    /// Runs `program` on `session` until it finishes or a signal ends it. The caller stops
    /// the session afterwards.
    public func run<Program: LoopProgram>(
        _ program: inout Program, on session: TerminalSession, inbox: Inbox<Program.Message>
    ) -> LoopOutcome {
        let clock = ContinuousClock()
        var lastTick = clock.now
        var needsDraw = true
        while true {
            let signals = session.takeSignals()
            if let ending = signals.ending { return .signalled(ending) }
            if session.hasHungUp { return .signalled(SIGHUP) }
            if needsDraw {
                draw(program, on: session)
                needsDraw = false
            }
            var events: [LoopEvent<Program.Message>] = []
            if signals.interrupted && !session.options.kiosk { events.append(.interrupt) }
            var fits = session.size.contains(program.minimumSize)
            let wait = events.isEmpty ? keyTimeoutMilliseconds : 0
            for key in session.readKeys(timeoutMilliseconds: wait, wake: inbox.wakeDescriptor) {
                switch key {
                case .resize:
                    needsDraw = true
                    fits = session.size.contains(program.minimumSize)
                case .control("L"):
                    session.repaintAll()
                    needsDraw = true
                default:
                    if fits || key.typesWhileTooSmall { events.append(.key(key)) }
                }
            }
            events += inbox.drain().map { .message($0) }
            if clock.now - lastTick >= tickInterval {
                lastTick = clock.now
                events.append(.tick(lastTick))
            }
            for event in events {
                switch program.handle(event) {
                case .unchanged: break
                case .changed: needsDraw = true
                case .repaint:
                    // A wipe: keys still queued at the terminal belong to the person before.
                    session.discardPendingInput()
                    session.repaintAll()
                    needsDraw = true
                case .finish: return .finished
                }
            }
        }
    }

    /// Draws `program` once, outside the loop: a first screen shown while the program still gets
    /// ready. `run` draws it again, which costs nothing on screen when nothing changed.
    public func paint<Program: LoopProgram>(_ program: Program, on session: TerminalSession) {
        draw(program, on: session)
    }

    private func draw<Program: LoopProgram>(_ program: Program, on session: TerminalSession) {
        let canvas = session.beginFrame()
        if session.size.contains(program.minimumSize) {
            program.draw(on: canvas)
        } else {
            program.tooSmallNotice(current: session.size).draw(on: canvas)
        }
        session.show(canvas)
    }
}

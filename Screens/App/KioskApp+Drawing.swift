import Terminal
import Wizard

extension KioskApp {
    /// The frame of the current step (title, «Paso n de 9», hint line), its screen or its help, the
    /// notice, «Un momento…» and the test-mode banner, and what is open over it. The idle warning
    /// shows alone: whoever walks up to an abandoned terminal sees nothing of the person before.
    public func draw(on canvas: Canvas) {
        let screen = ScreenCatalog.screen(for: state)
        let context = ScreenContext(state: state, now: now, spinnerFrame: clock.spinnerFrame,
                                    showsBusy: clock.showsBusy, isTestMode: isTestMode)
        let title = overlay == .help ? "Ayuda · \(screen.title)" : screen.title
        let frame = ScreenFrame(titleBar: TitleBar(title: title, step: state.step.number),
                                hintLine: activeKeys(screen).hintLine)
        let body = frame.draw(on: canvas)
        if overlay == .help {
            HelpOverlay.draw(help: screen.help, table: screen.keys(state), on: body)
            return
        }
        if let seconds = idleWarningSeconds {
            IdleWarning.draw(secondsLeft: seconds, on: body)
            return
        }
        screen.draw(context, on: body)
        StatusLines.draw(context, notice: appNotice ?? state.notice, on: body)
        switch overlay {
        case .exitConfirmation(let yesFocused)?: ExitConfirmation.dialog(yesFocused: yesFocused).draw(on: body)
        case .staffPIN(let pin)?: StaffExitPrompt.draw(pin, on: body)
        case .staffLocked?: StaffExitPrompt.drawLocked(on: body)
        case .help?, nil: break
        }
    }

    /// The keys that work now: the idle warning's, the open overlay's, or the screen's.
    func activeKeys(_ screen: any WizardScreen) -> KeyTable {
        if idleWarningSeconds != nil { return IdleWarning.keys }
        switch overlay {
        case .help?: return HelpOverlay.keys
        case .exitConfirmation?: return ExitConfirmation.keys
        case .staffPIN?: return StaffExitPrompt.keys
        case .staffLocked?: return StaffExitPrompt.lockedKeys
        case nil: return screen.keys(state)
        }
    }

    /// Whether the backend runs in test mode, by the program's word or the captcha's.
    var isTestMode: Bool {
        options.isTestMode || state.captcha?.isTestMode == true
    }
}

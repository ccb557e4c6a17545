import NSSCore
import Terminal
import Wizard

extension KioskApp {
    /// The frame of the current step (title, «Paso n de 9», hint line), its screen or its help, the
    /// notice, «Un momento…» and the test-mode banner, and what is open over it. The idle warning
    /// shows alone: whoever walks up to an abandoned terminal sees nothing of the person before.
    public func draw(on window: Canvas) {
        Catalogue.$current.withValue(state.language) { drawInLanguage(on: window) }
    }

    private func drawInLanguage(on window: Canvas) {
        // Every screen is laid out for 80×24: on a larger terminal it stands in the middle of it.
        let canvas = window.size == minimumSize ? window : window.region(Rect(
            row: (window.size.rows - minimumSize.rows) / 2, column: (window.size.columns - minimumSize.columns) / 2,
            rows: minimumSize.rows, columns: minimumSize.columns))
        let screen = ScreenCatalog.screen(for: state)
        let context = ScreenContext(state: state, now: now, spinnerFrame: clock.spinnerFrame,
                                    showsBusy: clock.showsBusy, isTestMode: isTestMode)
        let helpRow: Int? = if case .help(let first)? = overlay { first } else { nil }
        let title = helpRow != nil ? Phrase.screenHelpTitle.text(["titulo": screen.title]) : screen.title
        // The resume list comes before the procedure's steps: its title bar counts none.
        let frame = ScreenFrame(titleBar: TitleBar(title: title, step: state.resumeChoice == nil ? state.step.number : 0),
                                hintLine: activeKeys(screen).hintLine)
        let body = frame.draw(on: canvas)
        if let helpRow {
            HelpOverlay.draw(help: state.stepHelp, table: screen.keys(state), firstRow: helpRow, on: body)
            return
        }
        if let seconds = idleWarningSeconds {
            IdleWarning.draw(secondsLeft: seconds, on: body)
            return
        }
        screen.draw(context, on: body)
        StatusLines.draw(context, notice: appNotice ?? state.notice, on: screen.statusRegion(context, body))
        switch overlay {
        case .exitConfirmation(let yesFocused)?: ExitConfirmation.dialog(yesFocused: yesFocused, kiosk: options.kiosk).draw(on: body)
        case .staffPIN(let pin)?: StaffExitPrompt.draw(pin, on: body)
        case .staffLocked?: StaffExitPrompt.drawLocked(on: body)
        case .help?, nil: break
        }
    }

    /// The keys that work now: the idle warning's, the open overlay's, or the screen's.
    func activeKeys(_ screen: any WizardScreen) -> KeyTable {
        if idleWarningSeconds != nil { return IdleWarning.keys }
        switch overlay {
        case .help?:
            let rows = HelpOverlay.rows(help: state.stepHelp, table: screen.keys(state))
            return HelpOverlay.keys(scrolls: rows.count > HelpOverlay.visibleRows)
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

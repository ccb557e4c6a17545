import Terminal
import Wizard

extension KioskApp {
    /// The keys of a kiosk's staff exit: they open the staff-PIN prompt. Listed in no hint line and
    /// no help: they are for the office's staff (see README).
    static let staffExitKeys: Set<Key> = [.control("X"), .function(12)]

    /// A key: it first ends an idle countdown, then goes to what is open over the screen, or to
    /// the screen.
    mutating func press(_ key: Key) -> LoopReaction {
        let warned = idleWarningSeconds != nil
        clock.keyPressed()
        if warned { return .changed }
        let hadNotice = appNotice != nil
        appNotice = nil
        if options.kiosk, Self.staffExitKeys.contains(key), options.staffPIN != nil {
            if staffLockout.isLocked(at: clock.now) {
                overlay = .staffLocked
            } else {
                overlay = .staffPIN(EditableText())
            }
            return .changed
        }
        let reaction: LoopReaction = switch overlay {
        case .help(let firstRow)?: pressInHelp(key, firstRow: firstRow)
        case .exitConfirmation(let yesFocused)?: pressInExitConfirmation(key, yesFocused: yesFocused)
        case .staffPIN(let pin)?: pressInStaffPIN(key, pin: pin)
        case .staffLocked?: pressInStaffLocked(key)
        case nil: pressOnScreen(key)
        }
        return reaction == .unchanged && hadNotice ? .changed : reaction
    }

    /// The screen's own keys, from its key table.
    private mutating func pressOnScreen(_ key: Key) -> LoopReaction {
        let table = ScreenCatalog.screen(for: state).keys(state)
        if table.command(for: key) == .help {
            overlay = .help(firstRow: 0)
            return .changed
        }
        guard let event = KeyMapper.event(for: key, table: table, state: state) else { return .unchanged }
        if event == .perform(.exit) || (event == .activate && state.focus == .action(.exit)) { return leave() }
        return apply(event)
    }

    /// Salir, F10 or Ctrl-C: the wizard's one rule for leaving — asked first when it would wipe
    /// something of the person, at once otherwise.
    mutating func leave() -> LoopReaction {
        guard state.leavingNeedsConfirmation else { return apply(.perform(.exit)) }
        overlay = .exitConfirmation(yesFocused: false)
        return .changed
    }

    private mutating func pressInHelp(_ key: Key, firstRow: Int) -> LoopReaction {
        let table = ScreenCatalog.screen(for: state).keys(state)
        switch HelpOverlay.keys(scrolls: true).command(for: key) {
        case .help?:
            overlay = nil
            return .changed
        case .perform(.exit)?:
            overlay = nil
            return leave()
        case .scroll(let rows)?:
            let count = HelpOverlay.rows(help: state.stepHelp, table: table).count
            let wished = rows == .min ? 0 : rows == .max ? count : firstRow + rows
            let first = HelpOverlay.clamped(wished, rowCount: count)
            guard first != firstRow else { return .unchanged }
            overlay = .help(firstRow: first)
            return .changed
        default:
            return .unchanged
        }
    }

    private mutating func pressInExitConfirmation(_ key: Key, yesFocused: Bool) -> LoopReaction {
        switch ExitConfirmation.keys.command(for: key) {
        case .activate?:
            overlay = nil
            return yesFocused ? apply(.perform(.exit)) : .changed
        case .perform(.exit)?:
            overlay = nil
            return apply(.perform(.exit))
        case .perform(.back)?:
            overlay = nil
            return .changed
        case .focusNext?, .focusPrevious?, .left?, .right?:
            overlay = .exitConfirmation(yesFocused: !yesFocused)
            return .changed
        default:
            return .unchanged
        }
    }

    /// The locked staff exit takes every key and keeps none: Esc or Enter close it.
    private mutating func pressInStaffLocked(_ key: Key) -> LoopReaction {
        switch StaffExitPrompt.keys.command(for: key) {
        case .activate?, .perform(.back)?:
            overlay = nil
            return .changed
        default:
            return .unchanged
        }
    }

    private mutating func pressInStaffPIN(_ key: Key, pin: EditableText) -> LoopReaction {
        var pin = pin
        switch StaffExitPrompt.keys.command(for: key) {
        case .activate?:
            overlay = nil
            guard let check = options.staffPIN, check.accepts(pin.text) else {
                staffLockout.failed(at: clock.now)
                options.staffPIN?.lockoutStore.save(staffLockout)
                appNotice = .error(StaffExitPrompt.wrongPIN)
                return .changed
            }
            staffLockout.succeeded()
            check.lockoutStore.save(staffLockout)
            _ = apply(.perform(.exit))
            return .finish
        case .perform(.back)?:
            overlay = nil
            return .changed
        case .edit(let edit)?:
            pin.apply(edit, maxLength: StaffExitPrompt.maxLength)
        case .left?:
            pin.apply(.moveLeft, maxLength: StaffExitPrompt.maxLength)
        case .right?:
            pin.apply(.moveRight, maxLength: StaffExitPrompt.maxLength)
        default:
            guard case .text(let text) = key else { return .unchanged }
            pin.apply(.insert(text), maxLength: StaffExitPrompt.maxLength)
        }
        overlay = .staffPIN(pin)
        return .changed
    }
}

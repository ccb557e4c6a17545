@testable import Screens
import Terminal
import Testing
import Wizard

/// Keys become the wizard's events according to the screen's key table and what has the focus.
struct KeyMapperTests {
    private func event(_ key: Key, _ state: WizardState) -> Event? {
        KeyMapper.event(for: key, table: ScreenCatalog.screen(for: state).keys(state), state: state)
    }

    private var onAButton: WizardState {
        var state = WizardState()
        _ = state.reduce(.focusNext)
        return state
    }

    @Test func navigationKeysMoveTheFocusPressAndGoBack() {
        let state = WizardState()
        #expect(event(.tab, state) == .focusNext)
        #expect(event(.down, state) == .focusNext)
        #expect(event(.backTab, state) == .focusPrevious)
        #expect(event(.up, state) == .focusPrevious)
        #expect(event(.enter, state) == .activate)
        #expect(event(.escape, state) == .perform(.back))
        #expect(event(.function(10), state) == .perform(.exit))
    }

    @Test func textGoesIntoTheFocusedField() {
        #expect(event(.text("hegg"), WizardState()) == .edit(.insert("hegg")))
    }

    /// Screen 1: Tab to a button, then type the CURP: it goes into the CURP field, the last one the
    /// person was in, and presses nothing. On a screen without fields text does nothing.
    @Test func textTypedOnAButtonGoesToTheLastField() {
        var state = onAButton
        #expect(event(.text("a"), state) == .edit(.insert("a")))
        _ = state.reduce(.edit(.insert("HEGG")))
        #expect(state.focus == .field(.curp) && state.text(.curp).hasSuffix("HEGG"))
        #expect(event(.text("a"), .at(.startProcedure)) == nil)
    }

    @Test func editingKeysEditTheFocusedField() {
        let state = WizardState()
        #expect(event(.backspace, state) == .edit(.deleteBackward))
        #expect(event(.delete, state) == .edit(.deleteForward))
        #expect(event(.home, state) == .edit(.moveToStart))
        #expect(event(.end, state) == .edit(.moveToEnd))
        #expect(event(.control("U"), state) == .edit(.clear))
        #expect(event(.left, state) == .edit(.moveLeft))
        #expect(event(.right, state) == .edit(.moveRight))
    }

    /// The arrows follow the buttons as drawn. Salir · Regresar · Continuar reads from the right
    /// (Continuar, the first in Tab order, is rightmost): ← goes on to Regresar, the next in Tab order.
    @Test func leftAndRightMoveToTheButtonOnThatSide() {
        var email = WizardState.at(.email)
        _ = email.reduce(.focusNext)
        #expect(email.focus == .action(.next))
        #expect(event(.left, email) == .focusNext)
        _ = email.reduce(event(.left, email)!)
        #expect(email.focus == .action(.back), "← from Continuar lands on Regresar, drawn to its left")
        #expect(event(.right, email) == .focusPrevious)
        #expect(event(.backspace, onAButton) == nil)
        // The documents screen's Guardar · Imprimir · Enviar copia reads from the left.
        var documents = WizardState.at(.documents)
        while documents.focus != .action(.saveDocuments) { _ = documents.reduce(.focusNext) }
        #expect(event(.right, documents) == .focusNext)
        #expect(event(.left, documents) == .focusPrevious)
    }

    @Test func f5AsksForAnotherCaptchaOnlyOnTheCaptchaScreen() {
        #expect(event(.function(5), .at(.captcha)) == .perform(.refreshCaptcha))
        #expect(event(.function(5), WizardState()) == nil)
    }

    @Test func keysWithoutMeaningDoNothing() {
        let state = WizardState()
        #expect(event(.control("C"), state) == nil)
        #expect(event(.control("Z"), state) == nil)
        #expect(event(.control("S"), state) == nil)
        #expect(event(.pageDown, state) == nil)
        #expect(event(.function(1), state) == nil)
    }
}

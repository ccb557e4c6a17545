import NSSCore
import Terminal
import Wizard

/// The head of the procedure's own two steps (screens 6 and 7): «Bienvenido: NOMBRE» and
/// «● Paso 1 Iniciar trámite  ○ Paso 2 Finalizar trámite».
enum ProcedureSteps {
    /// Draws the greeting on row 0 and the two steps on row 2; `current` is 1 or 2.
    static func drawWelcome(_ person: PersonRecord, current: Int, on body: Canvas) {
        body.put(StartProcedureWording.welcome(person), at: Point(row: 0, column: ScreenLayout.margin), style: .label,
                 width: ScreenLayout.textWidth(body))
        let glyphs = body.glyphs
        let first = current > 1 ? glyphs.check : glyphs.stepReached
        let second = current > 1 ? glyphs.stepReached : glyphs.stepAhead
        body.put("\(first) \(Phrase.screenStep1.text)", at: Point(row: 2, column: ScreenLayout.margin),
                 style: current == 1 ? .label : .success)
        body.put("\(second) \(Phrase.screenStep2.text)", at: Point(row: 2, column: 36),
                 style: current == 2 ? .label : .body)
    }
}

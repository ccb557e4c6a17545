import Terminal

/// Compositions of widgets in the shape of the wireframes (docs/screens.md), for snapshots.
enum SampleScreens {
    static let hints = HintLine([
        KeyHint("F1", "Ayuda"), KeyHint("Tab", "Campo"), KeyHint("Enter", "Continuar"),
        KeyHint("Esc", "Regresar"), KeyHint("F10", "Salir"),
    ])

    /// Screen 1 with a CURP whose check digit is wrong, the field focused.
    static func curp(on canvas: Canvas) {
        let frame = ScreenFrame(titleBar: TitleBar(title: "Ingresa tu CURP", step: 1), hintLine: hints)
        let body = frame.draw(on: canvas)
        body.put("Para realizar la consulta o asignación de tu Número de Seguridad Social",
                 at: Point(row: 1, column: 2), style: .body)
        body.put("(NSS), debes tener a la mano:", at: Point(row: 2, column: 2), style: .body)
        body.put("\(canvas.glyphs.bullet) CURP", at: Point(row: 3, column: 4), style: .body)
        body.put("\(canvas.glyphs.bullet) Correo electrónico válido, el cual será asociado a tu CURP",
                 at: Point(row: 4, column: 4), style: .body)
        let field = TextField(label: "CURP", text: "PEMJ920906HNLRRS01", isFocused: true, isRequired: true,
                              fieldWidth: 19, trailing: "18/18")
        field.draw(on: body, at: Point(row: 6, column: 1))
        FieldMessage(.error, "El dígito verificador (posición 18) debe ser 0, no 1.")
            .draw(on: body, at: Point(row: 7, column: 1 + field.textColumn(on: body)), width: 60)
        body.put("¿No te sabes tu CURP?", at: Point(row: 9, column: 2), style: .body)
        ButtonRow(["Consúltala aquí"]).draw(on: body, at: Point(row: 9, column: 26))
        let buttons = ButtonRow(["Continuar"])
        buttons.draw(on: body, at: Point(row: 12, column: buttons.trailingColumn(on: body, margin: 8)))
        body.put("* Campos obligatorios", at: Point(row: 13, column: 2), style: .body)
    }

    /// Screens 8 and 9 in one: the NSS in large digits, then the documents table.
    static func result(on canvas: Canvas) {
        let frame = ScreenFrame(titleBar: TitleBar(title: "Tu Número de Seguridad Social", step: 8),
                                hintLine: HintLine([KeyHint("F1", "Ayuda"), KeyHint("↑↓", "Documento"),
                                                    KeyHint("Tab", "Acción"), KeyHint("F10", "Terminar")]))
        let body = frame.draw(on: canvas)
        body.put("Tu NSS es:", at: Point(row: 0, column: 2), style: .label)
        let rows = BigDigits("02921234565").draw(on: body, at: Point(row: 1, column: 5))
        Table(columns: [Table.Column("Folio", width: 23), Table.Column("Fecha", width: 10), Table.Column("Documento")],
              rows: [["17399369076551325965562", "18/02/2025", "Número de Seguridad Social"],
                     ["17399369076551325965562", "18/02/2025", "Tarjeta de Número de Seguridad Social"]],
              selected: 0)
            .draw(on: body, at: Point(row: 1 + rows + 1, column: 1))
        ButtonRow(["Guardar en USB", "Imprimir", "Enviar copia a mi correo"], focused: 1)
            .draw(on: body, at: Point(row: 1 + rows + 6, column: 2))
    }

    /// The F1 help over screen 4.
    static func help(on canvas: Canvas) {
        let frame = ScreenFrame(titleBar: TitleBar(title: "Ayuda · Escribe las letras de la imagen", step: 4),
                                hintLine: HintLine([KeyHint("Esc", "Cerrar ayuda")]))
        let body = frame.draw(on: canvas)
        ModalDialog(title: "Ayuda", body: """
            Escribe los caracteres que ves en la imagen, respetando mayúsculas y minúsculas: \
            la «A» grande no es la «a» chica.

            Si no se lee bien, elige «Otra imagen» (F5).
            Si no puedes ver la imagen, pide ayuda al personal.
            """, footer: "Esc o F1 para cerrar esta ayuda")
            .draw(on: body)
    }

    /// «¿Deseas salir?» with «No» focused.
    static func confirmExit(on canvas: Canvas) {
        let body = ScreenFrame(titleBar: TitleBar(title: "Confirma tu correo electrónico", step: 3), hintLine: hints)
            .draw(on: canvas)
        ModalDialog(title: "¿Deseas salir?",
                    body: "Si sales ahora, se borrarán los datos que escribiste y el trámite empezará de nuevo.",
                    buttons: ButtonRow(["No, continuar", "Sí, salir"], focused: 0), maxWidth: 56)
            .draw(on: body)
    }

    /// The idle warning with 27 seconds left.
    static func idle(on canvas: Canvas) {
        let body = ScreenFrame(titleBar: TitleBar(title: "Confirma tu correo electrónico", step: 3),
                               hintLine: HintLine([KeyHint("Cualquier tecla", "continuar")]))
            .draw(on: canvas)
        IdleCountdown(secondsLeft: 27).draw(on: body)
    }
}

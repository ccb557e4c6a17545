/// The named styles screens draw with. What each looks like is the `Theme`'s business.
public enum Style: Int, CaseIterable, Sendable {
    /// Ordinary text.
    case body
    /// Box lines around the screen and between its parts.
    case frame
    /// The band at the top: the procedure's name, «Paso n de 9», the progress dots.
    case titleBar
    /// The screen's own title, inside the band.
    case screenTitle
    /// The key-hint line at the bottom.
    case hintLine
    /// A key's name inside the hint line ("F1").
    case hintKey
    /// A field's label.
    case label
    /// The `*` after a required field's label.
    case requiredMark
    /// A text field that does not have the focus: its text and its empty cells.
    case field
    /// The empty cells of the text field that has the focus (what is still to be typed).
    case focusedField
    /// The `▸` beside whatever has the focus.
    case focusMarker
    /// What is wrong, under a field or in a dialog.
    case error
    /// A hint or suggestion that is not an error.
    case notice
    /// What is right ("✓").
    case success
    /// A button that does not have the focus.
    case button
    /// The button that has the focus.
    case focusedButton
    /// A table's column headings.
    case tableHeader
    /// The selected row of a table.
    case selectedRow
    /// The large digits of the NSS.
    case bigDigits
    /// The line that says the kiosk runs in test mode.
    case testModeBanner
    /// A dialog's body and frame.
    case dialog
    /// A dialog's title.
    case dialogTitle
    // New styles go last: a style's colour pair is its position.
    /// The label of the text field that has the focus: it says where the keys go.
    case focusedLabel
    /// The text typed in the field that has the focus: always the terminal's own look, so that the
    /// echo of a key is the key alone (see `Theme`).
    case typedText
    /// A QR code: dark modules on light, whatever the terminal's own colours (a phone's camera reads a
    /// dark code on light; many cannot read it inverted).
    case qrCode
}

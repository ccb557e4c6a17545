extension CURP {
    /// The first four letters (the initials of the surnames and the name) and the rest hidden, as lists
    /// that must not show a person's data in full show it: `GOMJ**************`.
    public var masked: String {
        String(value.prefix(4)) + String(repeating: "*", count: value.count - 4)
    }
}

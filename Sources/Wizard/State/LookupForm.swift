import NSSCore

/// The "¿No te sabes tu CURP?" form, open over the CURP screen.
public struct LookupForm: Hashable, Sendable {
    /// The matches of the last search; nil before searching.
    public internal(set) var matches: [CURPMatch]?
    public static let fields: [FieldID] = [
        .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname, .lookupBirthDate, .lookupSex, .lookupState,
    ]
}

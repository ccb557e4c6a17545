import FoundationEssentials

/// Whether Paso 2 found the person's existing NSS or gave them a new one.
public enum ProcedureKind: String, Sendable, Codable, CaseIterable {
    case asignacion
    case localizacion

    /// "Asignación de NSS" / "Localización de NSS": the tipo de trámite of the cadena original.
    public var tramiteName: String {
        switch self {
        case .asignacion: "Asignación de NSS"
        case .localizacion: "Localización de NSS"
        }
    }
}

/// The outcome of Paso 2: the NSS and the folio of the procedure.
public struct NSSResult: Hashable, Sendable, Codable {
    public var nss: NSS
    public var kind: ProcedureKind
    public var folio: Folio
    public var date: Date

    public init(nss: NSS, kind: ProcedureKind, folio: Folio, date: Date) {
        self.nss = nss
        self.kind = kind
        self.folio = folio
        self.date = date
    }
}

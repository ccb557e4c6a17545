import FoundationEssentials

/// The state-of-birth codes of CURP positions 12–13 (Instructivo Normativo, Anexo 4), NE for born abroad.
public enum MexicanState: String, CaseIterable, Sendable, Codable {
    case AS, BC, BS, CC, CL, CM, CS, CH, DF, DG, GT, GR, HG, JC, MC, MN, MS, NT, NL, OC, PL, QT, QR, SP, SL, SR,
         TC, TS, TL, VZ, YN, ZS, NE

    /// The two-letter code.
    public var code: String { rawValue }

    /// The name shown to people ("Nayarit", "Nacido en el extranjero").
    public var name: String {
        switch self {
        case .AS: "Aguascalientes"
        case .BC: "Baja California"
        case .BS: "Baja California Sur"
        case .CC: "Campeche"
        case .CL: "Coahuila"
        case .CM: "Colima"
        case .CS: "Chiapas"
        case .CH: "Chihuahua"
        case .DF: "Ciudad de México"
        case .DG: "Durango"
        case .GT: "Guanajuato"
        case .GR: "Guerrero"
        case .HG: "Hidalgo"
        case .JC: "Jalisco"
        case .MC: "Estado de México"
        case .MN: "Michoacán"
        case .MS: "Morelos"
        case .NT: "Nayarit"
        case .NL: "Nuevo León"
        case .OC: "Oaxaca"
        case .PL: "Puebla"
        case .QT: "Querétaro"
        case .QR: "Quintana Roo"
        case .SP: "San Luis Potosí"
        case .SL: "Sinaloa"
        case .SR: "Sonora"
        case .TC: "Tabasco"
        case .TS: "Tamaulipas"
        case .TL: "Tlaxcala"
        case .VZ: "Veracruz"
        case .YN: "Yucatán"
        case .ZS: "Zacatecas"
        case .NE: "Nacido en el extranjero"
        }
    }

    /// Looks a code up, ignoring case and surrounding spaces.
    public init?(code: String) {
        let trimmed = code.trimmingWhiteSpace().uppercased()
        self.init(rawValue: trimmed)
    }
}

/// What Paso 1 (the CURP) says, on its screen and in the line mode.
public enum CURPWording {
    /// The seed's opening words, followed by `needed`.
    public static let youWillNeed = "Para realizar la consulta o asignación de tu Número de Seguridad Social (NSS), "
        + "debes tener a la mano:"
    public static let needed = ["CURP", "Correo electrónico válido, el cual será asociado a tu CURP"]
    public static let ask = "Escribe tu Clave Única de Registro de Población (CURP): 18 letras y números."

    public static let help = ask + " Está en tu acta de nacimiento, en tu credencial o en gob.mx/curp. Si algo "
        + "está mal te lo decimos al pasar a lo siguiente o al continuar.\nSi no la sabes, búscala con tu nombre "
        + "y tu fecha de nacimiento en «¿No te sabes tu CURP?»."
}

/// What the «¿No te sabes tu CURP?» form says.
public enum LookupWording {
    public static let title = "¿No te sabes tu CURP? Consúltala"
    public static let intro = "Escribe tus datos como aparecen en tu acta de nacimiento:"
    public static let help = "Escribe tus datos como aparecen en tu acta de nacimiento y busca. La fecha va como "
        + "DD/MM/AAAA; el sexo como H (hombre), M (mujer) o X (no binario); la entidad con su nombre o su clave "
        + "(NE si naciste en el extranjero).\nSi encontramos tu CURP, elige «Usar esta CURP»."

    /// The heading of the matches.
    public static func found(_ count: Int) -> String {
        count == 1 ? "Encontramos una CURP con esos datos:" : "Encontramos \(count) CURP con esos datos:"
    }
}

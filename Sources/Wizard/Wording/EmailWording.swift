/// What Paso 2 (the email) says.
public enum EmailWording {
    public static let ask = "Escribe tu correo electrónico vigente, el cual será asociado a tu CURP."

    /// Under the field: what the email will bring.
    public static func promise(carriesLink: Bool) -> String {
        "Te enviaremos \(ConfirmationEmailWording.contents(carriesLink: carriesLink)) a este correo. "
            + "Quedará asociado a tu CURP."
    }

    public static func help(carriesLink: Bool) -> String {
        ask + " Ahí te enviaremos \(ConfirmationEmailWording.contents(carriesLink: carriesLink)) y, al final, tu "
            + "Número de Seguridad Social.\nSi parece que hay un error en el dominio (gmial.com), al continuar te "
            + "sugerimos la corrección: «Usar la sugerencia» la toma, y continuar otra vez conserva tu correo."
    }
}

/// What Paso 3 (the email again) says.
public enum EmailConfirmationWording {
    public static let ask = "Escribe otra vez tu correo electrónico, sin copiarlo: así evitamos que el correo de "
        + "confirmación llegue a otra persona."
    public static let help = ask + " En cuanto los dos coincidan te lo decimos."
}

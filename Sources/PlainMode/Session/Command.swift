import FoundationEssentials
import NSSCore
import Wizard

/// What a person can type at any prompt instead of an answer: a colon and a Spanish word.
enum Command: String, CaseIterable {
    case back = "atras"
    case exit = "salir"
    case otherCaptcha = "otra"
    case spelled = "letras"
    case picture = "imagen"
    case resend = "reenviar"
    case changeEmail = "cambiar"
    case search = "buscar"
    case save = "guardar"
    case print = "imprimir"
    case emailCopy = "copia"
    case phone = "telefono"
    case finish = "terminar"
    case repeatValue = "repetir"
    case clear = "borrar"
    case help = "ayuda"

    /// What was typed, when it is a command: ":atrás", ": Salir" and ":AYUDA" all count.
    enum Parsed: Equatable {
        case known(Command)
        case unknown(String)
    }

    static func parse(_ typed: String) -> Parsed? {
        let trimmed = typed.trimmingWhiteSpace()
        guard trimmed.hasPrefix(":") else { return nil }
        let word = Diacritics.strip(trimmed.dropFirst().trimmingWhiteSpace()).lowercased()
        return Command(rawValue: word).map(Parsed.known) ?? .unknown(trimmed)
    }

    /// How it is typed.
    var typed: String { ":" + rawValue }

    /// The wizard's button it presses, if it is one.
    var action: Action? {
        switch self {
        case .back: .back
        case .exit: .exit
        case .otherCaptcha: .refreshCaptcha
        case .spelled: .switchCaptcha(to: .spelled)
        case .picture: .switchCaptcha(to: .picture)
        case .resend: .resendEmail
        case .changeEmail: .changeEmail
        case .search: .openLookup
        case .save: .saveDocuments
        case .print: .printDocuments
        case .emailCopy: .emailDocuments
        case .phone: .phoneLinks
        case .finish: .finish
        case .repeatValue, .clear, .help: nil
        }
    }

    /// One line of ":ayuda"; `inLookup` when the "¿No te sabes tu CURP?" form is open, which :atras closes.
    func explanation(inLookup: Bool) -> String {
        switch self {
        case .back: inLookup ? "\(typed): cierra la búsqueda y vuelve a la CURP." : "\(typed): regresa sin perder lo que escribiste."
        case .exit: "\(typed): sale del trámite y borra tus datos de este equipo."
        case .otherCaptcha: "\(typed): muestra otro captcha."
        case .spelled: "\(typed): te deletrea los caracteres del captcha, sin imagen."
        case .picture: "\(typed): muestra el captcha en una imagen."
        case .resend: "\(typed): te envía otra vez el correo de confirmación."
        case .changeEmail: "\(typed): regresa para escribir otro correo electrónico."
        case .search: "\(typed): busca tu CURP con tu nombre y tus datos de nacimiento."
        case .save: "\(typed): guarda tus dos documentos en la carpeta de descargas o en tu memoria USB."
        case .print: "\(typed): imprime tus dos documentos."
        case .emailCopy: "\(typed): te envía otra copia de tus documentos por correo."
        case .phone: "\(typed): te da una liga por documento para descargarlo en tu teléfono."
        case .finish: "\(typed): termina tu trámite y borra tus datos de este equipo."
        case .repeatValue: "\(typed): lee otra vez lo que escribiste, o esta pantalla si no hay nada que escribir."
        case .clear: "\(typed): deja vacío el dato que se te pregunta."
        case .help: "\(typed): muestra esta lista."
        }
    }
}

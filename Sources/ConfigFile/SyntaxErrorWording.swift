/// A TOML syntax error in Spanish: the parser (toml++) words its errors in English; the usual ones are
/// said here with what to do, any other as a syntax error at its column.
enum SyntaxErrorWording {
    static func spanish(_ english: String, column: Int) -> String {
        let text = english.lowercased()
        let rules: [(String, String)] = [
            ("expected '='", "falta el signo = entre la clave y su valor"),
            ("expected a bare key", "la clave no es válida: usa letras sin acento, números, _ o -, o ponla entre comillas"),
            ("string", "un texto no se cerró: falta la comilla \" del final"),
            ("expected ']'", "falta el corchete ] que cierra la sección"),
            ("expected value", "falta el valor después del signo ="),
            ("redefin", "esa clave o sección ya se había escrito antes; cada una va una sola vez"),
            ("expected end of", "sobra algo después del valor; para un comentario, empieza con #"),
            ("bare value", "el valor no es válido: un texto va entre comillas, un número sin ellas, y true o false en minúsculas"),
        ]
        let meaning = rules.first { text.contains($0.0) }?.1 ?? "el archivo no sigue la sintaxis de TOML"
        return "error de sintaxis (columna \(column)): \(meaning)."
    }
}

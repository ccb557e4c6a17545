/// libyaml's problems, which it words in English, said in Spanish: the ones a hand-written YAML or JSON
/// file of answers runs into. Anything else is said as a general syntax error at its place.
enum YAMLProblem {
    static func spanish(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("found character that cannot start any token",
             "hay un carácter que no puede empezar un valor aquí (¿un tabulador? usa espacios para la sangría)"),
            ("found a tab character", "hay un tabulador en la sangría: usa espacios"),
            ("mapping values are not allowed", "sobra un «:» (pon entre comillas un valor que lleve «: »)"),
            ("did not find expected key", "la sangría no cuadra con la de las líneas anteriores, o sobra algo en esta línea"),
            ("could not find expected ':'", "falta «:» después de la clave"),
            ("did not find expected ',' or '}'", "falta «,» o «}» en este objeto"),
            ("did not find expected ',' or ']'", "falta «,» o «]» en esta lista"),
            ("did not find expected node content", "falta un valor aquí"),
            ("found unexpected end of stream", "el archivo termina antes de tiempo (¿unas comillas o un corchete sin cerrar?)"),
            ("found unknown escape character", "hay una secuencia de escape desconocida en estas comillas"),
            ("block sequence entries are not allowed", "hay un elemento de lista «-» donde no se espera"),
            ("found undefined tag handle", "hay una etiqueta «!» desconocida"),
            ("did not find expected <document start>", "sobra algo después del final del documento"),
            ("invalid leading UTF-8 octet", "el archivo no está escrito en UTF-8"),
            ("invalid trailing UTF-8 octet", "el archivo no está escrito en UTF-8"),
            ("control characters are not allowed", "hay un carácter de control en el archivo"),
        ]
        return known.first { problem.contains($0.0) }?.1 ?? "la sintaxis no es YAML ni JSON válida aquí"
    }
}

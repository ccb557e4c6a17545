import EmbeddedBackend
import Foundation
import NSSCore

/// The office server's OpenAPI 3.1 document, made from the definitions the server itself runs: a path
/// per call of `BackendAPI` (its input and output schemas from `APIDocumented`, its idempotency key and
/// its wait from the call's definition), the problems (`Problem`), the confirmation link, the health
/// check and the metrics. `nss-kiosk-server openapi` prints it; `openapi/nss-kiosk-server.json` is that
/// output, committed (a test compares the two).
public enum OpenAPIDocument {
    /// Where the document is kept in the repository.
    public static let repositoryPath = "openapi/nss-kiosk-server.json"

    /// A call whose `Input` or `Output` has no schema: the document cannot describe it.
    public struct Undocumented: Error, CustomStringConvertible {
        public let call: String
        public var description: String { "La llamada «\(call)» no tiene esquema (APIDocumented) para su entrada o su salida." }
    }

    public static func make() throws(Undocumented) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for call in BackendAPI.calls {
            paths["/\(HTTPAPI.callsPath)/\(call.name)"] = ["post": try operation(call)]
        }
        paths["/\(ConfirmationLink.pathSegment)/{token}"] = ["get": confirmationPage, "post": confirmation]
        paths["/\(DocumentLinkAddress.pathSegment)/{token}"] = ["get": documentPage, "post": documentDownload]
        paths["/\(HTTPAPI.healthPath)"] = ["get": health]
        paths["/\(MetricsRoute.path)"] = ["get": metrics]
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "nss-kiosk-server",
                "version": "1",
                "description": .string("""
                    El servidor de la oficina de nss-kiosk: las llamadas del trámite «Asignación o Localización de NSS» \
                    para las terminales (cada una con su credencial), la liga de confirmación del correo, la salud y \
                    las métricas. Cada negativa es un problema (RFC 9457) con un «detail» en español.
                    """),
            ],
            "servers": [["url": "http://127.0.0.1:8080"]],
            "paths": .object(paths),
            "components": [
                "securitySchemes": [
                    "terminal": ["type": "http", "scheme": "bearer",
                                 "description": "La credencial de la terminal (una línea del archivo de --tokens)."],
                    "metricas": ["type": "http", "scheme": "bearer",
                                 "description": "La credencial de las métricas (el archivo de --metrics-token-file)."],
                ],
                "schemas": ["Problema": problemSchema],
            ],
        ]
    }

    // MARK: - The calls

    /// The statuses a call may refuse with: the server's own (`Problem`) and the backend's refusals.
    static let callProblems: [(Int, String)] = [
        (400, "El cuerpo no es la entrada de la llamada, o un encabezado o parámetro no es válido."),
        (401, "Falta la credencial de la terminal o no es válida."),
        (404, "La solicitud o el documento no existen."),
        (409, "Fuera de orden, caducó, o la misma clave de idempotencia sigue en curso."),
        (413, "El cuerpo pasa de 64 KiB."),
        (422, "Una respuesta equivocada (captcha, código) o una clave de idempotencia usada con otros datos."),
        (429, "Demasiadas llamadas de la terminal, o demasiados intentos para la CURP."),
        (500, "Una falla del servicio, con una referencia para el personal."),
        (503, "El almacén no responde o su disco está lleno."),
    ]

    private static func operation(_ call: any BackendCall.Type) throws(Undocumented) -> JSONValue {
        guard let (input, output) = schemas(call) else { throw Undocumented(call: call.name) }
        var parameters: [JSONValue] = []
        if call.needsIdempotencyKey {
            parameters.append([
                "name": .string(HTTPAPI.idempotencyHeader), "in": "header", "required": false,
                "description": "La misma en cada intento de la llamada: una repetición recibe la primera respuesta (una hora).",
                "schema": ["type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[!-~]+$"],
            ])
        }
        if call.waits {
            parameters.append([
                "name": .string(HTTPAPI.waitQuery), "in": "query", "required": false,
                "description": .string("Segundos que el servidor puede retener la llamada hasta que la respuesta cambie "
                    + "(a lo más \(CallWaiting.longest.components.seconds))."),
                "schema": ["type": "integer", "minimum": 0],
            ])
        }
        var responses: [String: JSONValue] = [
            "200": ["description": "La salida de la llamada.", "headers": serverTiming,
                    "content": ["application/json": ["schema": output]]],
        ]
        for (status, description) in callProblems {
            responses[String(status)] = problem(description, retryAfter: status == 429)
        }
        var operation: [String: JSONValue] = [
            "operationId": .string(call.name),
            "summary": .string("La llamada «\(call.name)» del servicio."),
            "security": [["terminal": []]],
            "requestBody": ["required": true, "content": ["application/json": ["schema": input]]],
            "responses": .object(responses),
        ]
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        return .object(operation)
    }

    /// The schemas of a call's input and output, when both types have one.
    private static func schemas<Call: BackendCall>(_ call: Call.Type) -> (input: JSONValue, output: JSONValue)? {
        guard let input = Call.Input.self as? any APIDocumented.Type, let output = Call.Output.self as? any APIDocumented.Type else {
            return nil
        }
        return (input.apiSchema, output.apiSchema)
    }

    // MARK: - The other routes

    private static let html: JSONValue = ["text/html": ["schema": ["type": "string"]]]

    private static var confirmationPage: JSONValue {
        [
            "operationId": "confirmarPagina",
            "summary": "La liga del correo de confirmación: una página en español con el botón que confirma (no cambia nada).",
            "security": [],
            "parameters": [["name": "token", "in": "path", "required": true, "schema": ["type": "string"]]],
            "responses": [
                "200": ["description": "La liga sirve (la página lleva el botón), o el correo ya estaba confirmado.", "content": html],
                "404": ["description": "La liga no corresponde a ninguna solicitud.",
                        "content": html.with(HTTPAPI.problemMediaType, ["schema": ["$ref": "#/components/schemas/Problema"]])],
                "410": ["description": "La liga caducó o un correo más reciente la reemplazó.", "content": html],
                "503": ["description": "El almacén no respondió.", "content": html],
            ],
        ]
    }

    private static var confirmation: JSONValue {
        [
            "operationId": "confirmar",
            "summary": "El botón de la página de la liga: confirma el correo y responde una página en español.",
            "security": [],
            "parameters": [["name": "token", "in": "path", "required": true, "schema": ["type": "string"]]],
            "responses": [
                "200": ["description": "El correo quedó confirmado (ahora o antes).", "content": html],
                "404": ["description": "La liga no corresponde a ninguna solicitud.",
                        "content": html.with(HTTPAPI.problemMediaType, ["schema": ["$ref": "#/components/schemas/Problema"]])],
                "409": ["description": "La CURP ya tiene otro correo.", "content": html],
                "410": ["description": "La liga caducó o un correo más reciente la reemplazó.", "content": html],
                "503": ["description": "El almacén no respondió.", "content": html],
            ],
        ]
    }

    private static let documentToken: JSONValue = [
        "name": "token", "in": "path", "required": true, "schema": ["type": "string"],
        "description": "Las 24 mayúsculas y cifras de la liga (en minúsculas también se reconocen).",
    ]

    private static let documentRefusals: JSONValue = [
        "404": ["description": "La liga no corresponde a ningún documento.", "content": html],
        "410": ["description": "La liga ya se usó o caducó.", "content": html],
        "503": ["description": "El almacén no respondió; la liga sigue sirviendo.", "content": html],
    ]

    private static var documentPage: JSONValue {
        [
            "operationId": "documentoPagina",
            "summary": "La página de la liga de un documento (el código QR de la pantalla de documentos): no la gasta.",
            "security": [],
            "parameters": [documentToken],
            "responses": documentRefusals.with("200", ["description": "La liga sirve: el botón descarga el PDF.", "content": html]),
        ]
    }

    private static var documentDownload: JSONValue {
        [
            "operationId": "documentoDescarga",
            "summary": "El botón de la página: responde el PDF firmado una sola vez y gasta la liga.",
            "security": [],
            "parameters": [documentToken],
            "responses": documentRefusals.with("200", ["description": "El PDF firmado del documento.",
                                                       "content": ["application/pdf": ["schema": ["type": "string", "format": "binary"]]]]),
        ]
    }

    private static var health: JSONValue {
        [
            "operationId": "salud",
            "summary": "Si el almacén responde, para un balanceador o un monitor.",
            "security": [],
            "responses": [
                "200": ["description": "El almacén responde.", "content": ["application/json": ["schema": Schema.object("Salud", [
                    "estado": ["type": "string", "const": "bien"],
                ])]]],
                "503": problem("El almacén no responde.", retryAfter: false),
            ],
        ]
    }

    private static var metrics: JSONValue {
        [
            "operationId": "metricas",
            "summary": "Las métricas en el formato de texto de Prometheus. Sin datos personales en las etiquetas.",
            "security": [["metricas": []]],
            "responses": [
                "200": ["description": "Las métricas.",
                        "content": ["text/plain; version=0.0.4; charset=utf-8": ["schema": ["type": "string"]]]],
                "401": problem("Falta la credencial de las métricas o no es válida.", retryAfter: false),
                "404": problem("El servidor no publica métricas (sin --metrics-token-file); sólo a una solicitud con credencial.", retryAfter: false),
            ],
        ]
    }

    // MARK: - Problems

    private static let serverTiming: JSONValue = [
        "Server-Timing": ["description": "El tiempo del servidor para esta respuesta (app;dur=milisegundos).",
                          "schema": ["type": "string"]],
    ]

    private static func problem(_ description: String, retryAfter: Bool) -> JSONValue {
        var answer: [String: JSONValue] = [
            "description": .string(description),
            "content": [HTTPAPI.problemMediaType: ["schema": ["$ref": "#/components/schemas/Problema"]]],
        ]
        if retryAfter {
            answer["headers"] = ["Retry-After": ["required": true, "description": "Segundos antes de intentar de nuevo.",
                                                 "schema": ["type": "integer", "minimum": 1]]]
        }
        return .object(answer)
    }

    /// A refusal (`Problem`): RFC 9457 with the stable `codigo` and, for the backend's refusals, `error`.
    static var problemSchema: JSONValue {
        Schema.object("Problema", [
            "type": Schema.string(pattern: "^urn:nss-kiosk:problema:[a-z-]+$"),
            "title": Schema.string(minLength: 1),
            "status": Schema.integer(minimum: 400, maximum: 599),
            "detail": Schema.string(minLength: 1, description: "Para quien lo lee, en español."),
            "codigo": Schema.string(pattern: "^[a-z-]+$", description: "Estable: captcha-wrong, unauthorized, too-many-calls…"),
            "error": Schema.of(BackendError.self),
        ], optional: ["error"])
    }
}

import Foundation
import NSSCore

/// A type the API carries, with the JSON Schema of its JSON encoding (as `BackendWire` writes it). The
/// OpenAPI document takes every call's input and output schema from here (`OpenAPIDocument`); a test
/// encodes samples of each call's `Input` and `Output` and checks them against these schemas, so a
/// schema that drifts from its Swift type fails there.
public protocol APIDocumented {
    static var apiSchema: JSONValue { get }
}

/// Building blocks of the schemas.
enum Schema {
    static func string(pattern: String? = nil, format: String? = nil, minLength: Int? = nil, maxLength: Int? = nil,
                       description: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["type": "string"]
        if let pattern { members["pattern"] = .string(pattern) }
        if let format { members["format"] = .string(format) }
        if let minLength { members["minLength"] = .integer(minLength) }
        if let maxLength { members["maxLength"] = .integer(maxLength) }
        if let description { members["description"] = .string(description) }
        return .object(members)
    }

    static func oneOfStrings<T: RawRepresentable & CaseIterable>(_ type: T.Type, description: String? = nil) -> JSONValue
    where T.RawValue == String {
        var members: [String: JSONValue] = ["type": "string", "enum": .array(T.allCases.map { .string($0.rawValue) })]
        if let description { members["description"] = .string(description) }
        return .object(members)
    }

    static let boolean: JSONValue = ["type": "boolean"]

    static func integer(minimum: Int? = nil, maximum: Int? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["type": "integer"]
        if let minimum { members["minimum"] = .integer(minimum) }
        if let maximum { members["maximum"] = .integer(maximum) }
        return .object(members)
    }

    /// A `Date` as `JSONEncoder` writes it by default: seconds since 2001-01-01 00:00 UTC.
    static let date: JSONValue = [
        "type": "number", "description": "Segundos desde el 1 de enero de 2001, 00:00 UTC (fecha de Swift).",
    ]

    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }

    /// An object with these members, all required but those in `optional` (left out when absent; a
    /// `null` is read as absent too, as `JSONDecoder` does for an optional).
    static func object(_ title: String? = nil, _ properties: [String: JSONValue], optional: Set<String> = [],
                       description: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = [
            "type": "object",
            "properties": .object(properties.reduce(into: [:]) { all, member in
                all[member.key] = optional.contains(member.key) ? Self.optional(member.value) : member.value
            }),
            "required": .array(properties.keys.filter { !optional.contains($0) }.sorted().map(JSONValue.string)),
        ]
        if let title { members["title"] = .string(title) }
        if let description { members["description"] = .string(description) }
        return .object(members)
    }

    /// A value of `T` that may be absent (`null` is accepted too).
    static func optional(_ schema: JSONValue) -> JSONValue {
        .object(["oneOf": [schema, ["type": "null"]]])
    }

    /// A Swift enum with associated values as the synthesized `Codable` writes it: an object with one
    /// member, the case's name, whose value holds the associated values by label (`{}` for none).
    static func cases(_ title: String, _ cases: [(String, [String: JSONValue])], description: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["oneOf": .array(cases.map { name, values in
            object(nil, [name: object(nil, values)])
                .with("additionalProperties", false).with("minProperties", 1).with("maxProperties", 1)
        }), "title": .string(title)]
        if let description { members["description"] = .string(description) }
        return .object(members)
    }

    static func of<T: APIDocumented>(_ type: T.Type) -> JSONValue { T.apiSchema }
}

// MARK: - Values of the calls

extension Nothing: APIDocumented {
    public static var apiSchema: JSONValue { Schema.object("Nada", [:], description: "Sin datos: un objeto vacío.") }
}

extension Bool: APIDocumented {
    public static var apiSchema: JSONValue { Schema.boolean }
}

extension Data: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.string(format: "byte", description: "El archivo (un PDF) en base64.")
    }
}

extension Array: APIDocumented where Element: APIDocumented {
    public static var apiSchema: JSONValue { Schema.array(Element.apiSchema) }
}

extension Optional: APIDocumented where Wrapped: APIDocumented {
    public static var apiSchema: JSONValue { Schema.optional(Wrapped.apiSchema) }
}

extension ApplicationID: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.string(description: "El identificador de una solicitud.")
    }
}

extension CaptchaID: APIDocumented {
    public static var apiSchema: JSONValue { Schema.string(description: "El identificador de un captcha.") }
}

extension DocumentID: APIDocumented {
    public static var apiSchema: JSONValue { Schema.string(description: "El identificador de un documento.") }
}

extension CaptchaKind: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self, description: "picture: imagen; spelled: deletreado.") }
}

extension CaptchaRequest: APIDocumented {
    public static var apiSchema: JSONValue {
        .object(["oneOf": [
            Schema.object("PedidoDeCaptcha", ["kind": Schema.of(CaptchaKind.self), "language": language], optional: ["language"]),
            Schema.of(CaptchaKind.self),
        ], "description": "El tipo y el idioma; o sólo el tipo (en español), como antes."])
    }

    /// A catalogue's code, as `idioma` in the configuration; Spanish when absent or when the server has none.
    static var language: JSONValue {
        Schema.string(description: "El idioma de la persona: el código de su catálogo, como en idioma = \"en\". "
                          + "Si falta, o si el servidor no tiene ese catálogo, se usa el español.")
    }
}

extension CURP: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("CURP", ["value": Schema.string(pattern: "^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$",
                                                       description: "Los 18 caracteres; el dígito verificador se comprueba.")])
    }
}

extension EmailAddress: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Correo", ["value": Schema.string(format: "email", minLength: 3, maxLength: 254)])
    }
}

extension NSS: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("NSS", ["digits": Schema.string(pattern: "^[0-9]{11}$", description: "Los 11 dígitos del NSS.")])
    }
}

extension Folio: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Folio", ["value": Schema.string(pattern: "^[0-9]{23}$", description: "Los 23 dígitos del folio.")])
    }
}

extension CivilDate: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Fecha", ["year": Schema.integer(minimum: 1, maximum: 9999), "month": Schema.integer(minimum: 1, maximum: 12),
                                "day": Schema.integer(minimum: 1, maximum: 31)])
    }
}

extension Sex: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self, description: "H, M o X, como en la CURP.") }
}

extension MexicanState: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self, description: "La entidad de nacimiento de la CURP.") }
}

extension ProcedureKind: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self) }
}

extension DocumentKind: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self) }
}

extension ProcedureStage: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self) }
}

extension ApplicationProgress: APIDocumented {
    public static var apiSchema: JSONValue { Schema.oneOfStrings(Self.self) }
}

extension CaptchaChallenge: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Captcha", [
            "id": Schema.of(CaptchaID.self), "kind": Schema.of(CaptchaKind.self),
            "lines": Schema.array(Schema.string()), "expiresAt": Schema.date, "isTestMode": Schema.boolean,
        ])
    }
}

extension ApplicationRequest: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Solicitud", [
            "curp": Schema.of(CURP.self), "email": Schema.of(EmailAddress.self), "captchaID": Schema.of(CaptchaID.self),
            "captchaAnswer": Schema.string(), "language": CaptchaRequest.language,
        ], optional: ["language"])
    }
}

extension ApplicationTicket: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Boleto", [
            "id": Schema.of(ApplicationID.self), "maskedEmail": Schema.string(), "expiresAt": Schema.date,
            "carriesLink": Schema.boolean, "toAssociatedEmail": Schema.boolean, "emailDelivered": Schema.boolean,
        ])
    }
}

extension ConfirmationStatus: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.cases("EstadoDeConfirmacion", [
            ("pending", ["expiresAt": Schema.date]), ("confirmed", [:]), ("expired", [:]),
        ])
    }
}

extension CodeConfirmation: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Codigo", ["application": Schema.of(ApplicationID.self), "code": Schema.string()])
    }
}

extension PersonRecord: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Persona", [
            "curp": Schema.of(CURP.self), "givenNames": Schema.string(), "firstSurname": Schema.string(),
            "secondSurname": Schema.string(), "sex": Schema.of(Sex.self), "birthDate": Schema.of(CivilDate.self),
            "birthState": Schema.of(MexicanState.self), "nss": Schema.of(NSS.self),
        ], optional: ["firstSurname", "secondSurname", "nss"])
    }
}

extension NSSResult: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Resultado", [
            "nss": Schema.of(NSS.self), "kind": Schema.of(ProcedureKind.self), "folio": Schema.of(Folio.self),
            "date": Schema.date,
        ])
    }
}

extension DocumentInfo: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Documento", [
            "id": Schema.of(DocumentID.self), "folio": Schema.of(Folio.self), "date": Schema.date,
            "kind": Schema.of(DocumentKind.self),
        ])
    }
}

extension DocumentLink: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("LigaDeDocumento", [
            "kind": Schema.of(DocumentKind.self),
            "url": Schema.string(format: "uri", description: "La liga de un solo uso: <url pública>/d/<token>."),
            "expiresAt": Schema.date, "code": Schema.of(QRCodePicture.self),
        ])
    }
}

extension QRCodePicture: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("CodigoQR", [
            "rows": Schema.array(Schema.string(pattern: "^[01]*$", description: "Una fila de módulos: 1 oscuro, 0 claro.")),
        ])
    }
}

extension PersonQuery: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("BusquedaDeCURP", [
            "givenNames": Schema.string(), "firstSurname": Schema.string(),
            "secondSurname": Schema.string(), "birthDate": Schema.of(CivilDate.self),
            "sex": Schema.of(Sex.self), "birthState": Schema.of(MexicanState.self),
        ], optional: ["firstSurname", "secondSurname"])
    }
}

extension CURPMatch: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("CURPEncontrada", ["curp": Schema.of(CURP.self), "fullName": Schema.string()])
    }
}

extension OpenApplication: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("SolicitudAbierta", [
            "id": Schema.of(ApplicationID.self), "maskedCURP": Schema.string(), "maskedEmail": Schema.string(),
            "folio": Schema.of(Folio.self), "stage": Schema.of(ProcedureStage.self), "resumableUntil": Schema.date,
            "lastActivity": Schema.date,
        ], optional: ["folio"])
    }
}

extension OpenApplications: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("SolicitudesAbiertas", [
            "applications": Schema.array(Schema.of(OpenApplication.self)), "expired": Schema.integer(minimum: 0),
        ])
    }
}

extension ResumedApplication: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("SolicitudRetomada", [
            "ticket": Schema.of(ApplicationTicket.self), "stage": Schema.of(ProcedureStage.self),
            "person": Schema.of(PersonRecord.self), "result": Schema.of(NSSResult.self), "resultEmailSent": Schema.boolean,
        ], optional: ["person", "result"])
    }
}

extension ProgressRecord: APIDocumented {
    public static var apiSchema: JSONValue {
        Schema.object("Avance", ["application": Schema.of(ApplicationID.self), "progress": Schema.of(ApplicationProgress.self)])
    }
}

extension BackendError: APIDocumented {
    /// The refusal itself, in a problem's `error` member: the remote backend reads it back.
    public static var apiSchema: JSONValue {
        Schema.cases("ErrorDelServicio", [
            ("curpNotInRegistry", [:]), ("captchaWrong", [:]), ("captchaExpired", [:]),
            ("tooManyAttempts", ["retryAfter": Schema.date]), ("confirmationExpired", [:]),
            ("codeWrong", ["attemptsLeft": Schema.integer()]), ("notConfirmed", [:]), ("curpHasAnotherEmail", [:]),
            ("applicationNotFound", [:]), ("outOfOrder", [:]), ("unreachable", [:]),
            ("storageFull", ["reference": Schema.string()]), ("internalError", ["reference": Schema.string()]),
        ])
    }
}

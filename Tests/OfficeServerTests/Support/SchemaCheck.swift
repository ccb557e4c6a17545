import Foundation
import OfficeServer

/// Checks a JSON value against a schema of the OpenAPI document: the part of JSON Schema the document
/// uses (type, properties, required, additionalProperties, enum, const, oneOf, items, pattern, lengths,
/// minimum and maximum, min/maxProperties, $ref into the document). Answers what does not match; empty
/// when everything does.
struct SchemaCheck {
    let document: JSONValue

    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let members) = schema else { return ["\(path): the schema is not an object"] }
        if case .string(let reference)? = members["$ref"] {
            return problems(value, against: resolve(reference), at: path)
        }
        var found: [String] = []
        if case .array(let alternatives)? = members["oneOf"] {
            let matching = alternatives.filter { problems(value, against: $0, at: path).isEmpty }.count
            if matching != 1 { found.append("\(path): matches \(matching) of the oneOf alternatives: \(value)") }
        }
        if case .string(let type)? = members["type"], !Self.isOfType(value, type) {
            return found + ["\(path): not a \(type): \(value)"]
        }
        if case .array(let allowed)? = members["enum"], !allowed.contains(value) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        if let constant = members["const"], value != constant { found.append("\(path): is not \(constant)") }
        switch value {
        case .string(let text):
            if case .string(let pattern)? = members["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): «\(text)» does not match \(pattern)")
            }
            if case .integer(let least)? = members["minLength"], text.count < least { found.append("\(path): shorter than \(least)") }
            if case .integer(let most)? = members["maxLength"], text.count > most { found.append("\(path): longer than \(most)") }
            if case .string("byte")? = members["format"], Data(base64Encoded: text) == nil { found.append("\(path): not base64") }
        case .integer, .number:
            let number: Double = if case .integer(let n) = value { Double(n) } else if case .number(let n) = value { n } else { 0 }
            if case .integer(let least)? = members["minimum"], number < Double(least) { found.append("\(path): below \(least)") }
            if case .integer(let most)? = members["maximum"], number > Double(most) { found.append("\(path): above \(most)") }
        case .object(let object):
            if case .array(let required)? = members["required"] {
                for case .string(let name) in required where object[name] == nil { found.append("\(path): «\(name)» is missing") }
            }
            let properties: [String: JSONValue] = if case .object(let properties)? = members["properties"] { properties } else { [:] }
            for (name, member) in object {
                if let schema = properties[name] {
                    found += problems(member, against: schema, at: "\(path).\(name)")
                } else if case .bool(false)? = members["additionalProperties"] {
                    found.append("\(path): «\(name)» is not allowed")
                }
            }
            if case .integer(let most)? = members["maxProperties"], object.count > most { found.append("\(path): more than \(most) members") }
            if case .integer(let least)? = members["minProperties"], object.count < least { found.append("\(path): fewer than \(least) members") }
        case .array(let elements):
            if let items = members["items"] {
                for (index, element) in elements.enumerated() { found += problems(element, against: items, at: "\(path)[\(index)]") }
            }
        case .bool, .null:
            break
        }
        return found
    }

    /// What `value` encodes to (as the server writes it), checked.
    func problems(encoding value: some Encodable, against schema: JSONValue) throws -> [String] {
        problems(try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value)), against: schema)
    }

    private func resolve(_ reference: String) -> JSONValue {
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node ?? .null
    }

    static func isOfType(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .integer),
             ("number", .integer), ("number", .number), ("null", .null): true
        default: false
        }
    }
}

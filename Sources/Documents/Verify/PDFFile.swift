/// A PDF file read for verification: its objects (the last definition of each number wins, as
/// with incremental updates), its trailer, its pages and how many revisions it has.
///
/// It reads the objects in file order rather than trusting the cross-reference table, so a file
/// whose table was not updated after an edit is still read as a viewer would show it.
struct PDFFile {
    private(set) var objects: [Int: PDFObject] = [:]
    private(set) var trailer: [String: PDFObject] = [:]
    /// The number of `startxref` sections: 1 for a file as written, more after incremental updates.
    private(set) var revisions = 0

    init(_ bytes: [UInt8]) throws(PDFReadError) {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFReadError("no es un archivo PDF") }
        var syntax = PDFSyntax(bytes)
        while true {
            syntax.skipSpace()
            if syntax.isAtEnd { break }
            let start = syntax.position
            guard let token = try syntax.nextObject() else { break }
            switch token {
            case .integer(let number):
                guard case .integer? = try syntax.nextObject(), syntax.peekKeyword("obj") else {
                    throw PDFReadError("un objeto mal formado cerca del byte \(start)")
                }
                syntax.position += 3
                objects[number] = try Self.readObjectBody(&syntax)
            case .keyword("xref"):
                guard let trailerAt = Self.find(Array("trailer".utf8), in: bytes, from: syntax.position) else {
                    throw PDFReadError("una tabla de referencias sin «trailer»")
                }
                syntax.position = trailerAt
            case .keyword("trailer"):
                guard case .dictionary(let dictionary)? = try syntax.nextObject() else {
                    throw PDFReadError("un «trailer» sin diccionario")
                }
                trailer = dictionary
            case .keyword("startxref"):
                revisions += 1
                _ = try syntax.nextObject()
            default:
                throw PDFReadError("contenido inesperado cerca del byte \(start)")
            }
        }
        try expandObjectStreams()
        for case .stream(let dictionary, _) in objects.values where dictionary["Type"]?.name == "XRef" {
            trailer.merge(dictionary) { current, _ in current }
        }
        guard trailer["Root"] != nil else { throw PDFReadError("le falta el catálogo (Root)") }
    }

    /// Reads what follows `n G obj`: the object and, for a stream, its bytes, up to `endobj`.
    private static func readObjectBody(_ syntax: inout PDFSyntax) throws(PDFReadError) -> PDFObject {
        guard let object = try syntax.nextObject() else { throw PDFReadError("un objeto vacío") }
        var result = object
        if case .dictionary(let dictionary) = object, syntax.peekKeyword("stream") {
            syntax.position += 6
            if syntax.position < syntax.bytes.count, syntax.bytes[syntax.position] == 0x0D { syntax.position += 1 }
            if syntax.position < syntax.bytes.count, syntax.bytes[syntax.position] == 0x0A { syntax.position += 1 }
            let dataStart = syntax.position
            let endMarker = Array("endstream".utf8)
            var dataEnd: Int
            // A /Length is the file's to say: one negative or past the end (Int.max, say) is not trusted.
            if let length = dictionary["Length"]?.integer, length >= 0, length <= syntax.bytes.count - dataStart,
               case var probe = PDFSyntax(syntax.bytes, position: dataStart + length), probe.peekKeyword("endstream") {
                dataEnd = dataStart + length
                syntax.position = probe.position
            } else {
                guard let found = find(endMarker, in: syntax.bytes, from: dataStart) else {
                    throw PDFReadError("un flujo sin «endstream»")
                }
                dataEnd = found
                syntax.position = found
                if dataEnd > dataStart, syntax.bytes[dataEnd - 1] == 0x0A { dataEnd -= 1 }
                if dataEnd > dataStart, syntax.bytes[dataEnd - 1] == 0x0D { dataEnd -= 1 }
            }
            syntax.position += endMarker.count
            result = .stream(dictionary, Array(syntax.bytes[dataStart..<dataEnd]))
        }
        guard syntax.peekKeyword("endobj") else { throw PDFReadError("un objeto sin «endobj»") }
        syntax.position += 6
        return result
    }

    /// Adds the objects kept inside object streams (PDF 1.5), unless defined directly.
    ///
    /// What an object stream says is the file's to say, so it is bounded: /N, /First and the offsets
    /// must lie inside the stream (a negative one, or Int.max, is an error, never a position outside
    /// the bytes); the offsets must increase, each object being read only up to the next one, so the
    /// work stays linear in the bytes (many entries pointing at one large object cannot multiply it);
    /// and all object streams together inflate to at most `Inflate`'s limit, not that much each.
    private mutating func expandObjectStreams() throws(PDFReadError) {
        var inflatable = Inflate.defaultLimit
        for object in objects.values {
            guard case .stream(let dictionary, _) = object, dictionary["Type"]?.name == "ObjStm" else { continue }
            let data = try decodedStream(object, limit: inflatable)
            inflatable -= data.count
            let count = dictionary["N"]?.integer ?? 0
            let first = dictionary["First"]?.integer ?? 0
            guard count >= 0, (0...data.count).contains(first) else {
                throw PDFReadError("un flujo de objetos con /N o /First imposibles")
            }
            var header = PDFSyntax(Array(data[..<first]))
            var entries: [(number: Int, offset: Int)] = []
            while entries.count < count, case .integer(let number)? = try header.nextObject(),
                  case .integer(let offset)? = try header.nextObject() {
                guard (0...data.count - first).contains(offset), offset > (entries.last?.offset ?? -1) else {
                    throw PDFReadError("un flujo de objetos con un desplazamiento imposible")
                }
                entries.append((number, offset))
            }
            for (index, entry) in entries.enumerated() where objects[entry.number] == nil {
                let end = index + 1 < entries.count ? first + entries[index + 1].offset : data.count
                var body = PDFSyntax(Array(data[(first + entry.offset)..<end]))
                if let object = try body.nextObject() { objects[entry.number] = object }
            }
        }
    }

    /// Follows a reference to its object; other objects are returned as they are.
    func resolve(_ object: PDFObject?) -> PDFObject? {
        var current = object
        var hops = 0
        while case .reference(let number)? = current, hops < 32 {
            current = objects[number]
            hops += 1
        }
        return current
    }

    func dictionary(_ object: PDFObject?) -> [String: PDFObject]? { resolve(object)?.dictionary }

    /// A stream's bytes with its filters undone. Only FlateDecode is supported: it is the only
    /// one cairo writes, and another means the file was rewritten.
    func decodedStream(_ object: PDFObject, limit: Int = Inflate.defaultLimit) throws(PDFReadError) -> [UInt8] {
        guard case .stream(let dictionary, let raw) = resolve(object) else { throw PDFReadError("se esperaba un flujo") }
        let filters: [String] = switch resolve(dictionary["Filter"]) {
        case .name(let name)?: [name]
        case .array(let names)?: names.compactMap { resolve($0)?.name }
        default: []
        }
        var data = raw
        for filter in filters {
            guard filter == "FlateDecode" else { throw PDFReadError("un flujo con el filtro \(filter)") }
            data = try Inflate.decompress(data, limit: limit)
        }
        return data
    }

    /// The document information dictionary.
    var info: [String: PDFObject]? { dictionary(trailer["Info"]) }

    /// The pages in order, each with its resources (inherited ones included).
    func pages() throws(PDFReadError) -> [[String: PDFObject]] {
        guard let root = dictionary(trailer["Root"]), let tree = dictionary(root["Pages"]) else {
            throw PDFReadError("le falta el árbol de páginas")
        }
        var pages: [[String: PDFObject]] = []
        var visits = 0
        try collect(tree, inheritedResources: nil, depth: 0, visits: &visits, into: &pages)
        return pages
    }

    private func collect(_ node: [String: PDFObject], inheritedResources: PDFObject?, depth: Int, visits: inout Int,
                         into pages: inout [[String: PDFObject]]) throws(PDFReadError) {
        guard depth < 32 else { throw PDFReadError("un árbol de páginas demasiado profundo") }
        // Kids that repeat (a cycle) would otherwise multiply the work at every level.
        visits += 1
        guard visits <= 256 else { throw PDFReadError("un árbol de páginas con demasiados nodos") }
        let resources = node["Resources"] ?? inheritedResources
        if node["Type"]?.name == "Page" || node["Kids"] == nil {
            var page = node
            page["Resources"] = resources
            pages.append(page)
            return
        }
        for kid in resolve(node["Kids"])?.array ?? [] {
            guard let child = dictionary(kid) else { continue }
            try collect(child, inheritedResources: resources, depth: depth + 1, visits: &visits, into: &pages)
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

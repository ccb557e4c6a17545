/// What a page shows as text, in the order its content streams draw it, and what else it
/// carries that a document of ours never does (images, annotations).
struct PageText {
    private(set) var text = ""
    private(set) var imageCount = 0
    let annotationCount: Int

    private let file: PDFFile

    init(page: [String: PDFObject], file: PDFFile) throws(PDFReadError) {
        self.file = file
        annotationCount = file.resolve(page["Annots"])?.array?.count ?? 0
        let contents: [PDFObject] = switch file.resolve(page["Contents"]) {
        case .array(let parts)?: parts
        case let stream?: [stream]
        case nil: []
        }
        var data: [UInt8] = []
        for part in contents {
            data += try file.decodedStream(part)
            data.append(0x0A)
        }
        try run(data, resources: file.dictionary(page["Resources"]) ?? [:], depth: 0)
    }

    /// Interprets a content stream, keeping only what produces text or images.
    private mutating func run(_ data: [UInt8], resources: [String: PDFObject], depth: Int) throws(PDFReadError) {
        guard depth < 8 else { throw PDFReadError("formularios anidados demasiado hondo") }
        var syntax = PDFSyntax(data)
        var operands: [PDFObject] = []
        var fonts: [String: FontDecoder] = [:]
        var font: FontDecoder?
        var spans: [Bool] = []
        while let token = try syntax.nextObject() {
            guard case .keyword(let op) = token else { operands.append(token); continue }
            defer { operands.removeAll() }
            let suppressed = spans.contains(true)
            switch op {
            case "Tf":
                guard operands.count >= 2, let name = operands[operands.count - 2].name else { break }
                if fonts[name] == nil, let dictionary = file.dictionary(file.dictionary(resources["Font"])?[name]) {
                    fonts[name] = try FontDecoder(font: dictionary, file: file)
                }
                font = fonts[name]
            case "Tj", "'", "\"":
                if !suppressed, let bytes = operands.last?.bytes { show(bytes, font) }
            case "TJ":
                if !suppressed { for case .string(let bytes) in operands.last?.array ?? [] { show(bytes, font) } }
            case "BDC":
                let properties = operands.last?.name.flatMap { file.dictionary(file.dictionary(resources["Properties"])?[$0]) }
                    ?? file.dictionary(operands.last)
                if let actual = file.resolve(properties?["ActualText"])?.text {
                    if !suppressed { text += actual }
                    spans.append(true)
                } else {
                    spans.append(false)
                }
            case "BMC":
                spans.append(false)
            case "EMC":
                _ = spans.popLast()
            case "Do":
                guard let name = operands.last?.name,
                      let object = file.resolve(file.dictionary(resources["XObject"])?[name]),
                      let dictionary = object.dictionary else { break }
                if dictionary["Subtype"]?.name == "Form" {
                    try run(file.decodedStream(object), resources: file.dictionary(dictionary["Resources"]) ?? resources,
                            depth: depth + 1)
                } else {
                    imageCount += 1
                }
            case "BI":
                imageCount += 1
                skipInlineImage(&syntax)
            default:
                break
            }
        }
    }

    private mutating func show(_ bytes: [UInt8], _ font: FontDecoder?) {
        text += font?.decode(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Moves past an inline image's data, to after its `EI`.
    private func skipInlineImage(_ syntax: inout PDFSyntax) {
        let bytes = syntax.bytes
        var i = syntax.position
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "E"), bytes[i + 1] == UInt8(ascii: "I"), i > 0, PDFSyntax.isWhitespace(bytes[i - 1]),
               i + 2 == bytes.count || PDFSyntax.isWhitespace(bytes[i + 2]) {
                syntax.position = i + 2
                return
            }
            i += 1
        }
        syntax.position = bytes.count
    }
}

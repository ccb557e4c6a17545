import HTTPTypes
import Hummingbird
import NSSCore

/// A page for the person's phone (the confirmation link, a document's link): in the person's language,
/// large text that fits a small screen, nothing loaded from elsewhere, every text escaped; at most one
/// button, which posts to the page's own address.
struct PhonePage: Equatable {
    /// The heading, and the browser tab's title.
    let title: String
    let paragraphs: [String]
    /// Whether the news is good: the colour and the mark at the top.
    let good: Bool
    /// The language it is in: its footer's words, and its `lang`.
    let catalogue: Catalogue
    /// The text of the button, when the page has one.
    var button: String? = nil

    var html: String {
        let colour = good ? "#13322b" : "#9d2449"
        let mark = good ? "✓" : "!"
        let form = button.map {
            """
            <form method="post"><button type="submit">\(Self.escaped($0))</button></form>
            """
        } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(Self.escaped(catalogue.code))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escaped(title)) · IMSS</title>
            <style>
            body { font-family: system-ui, sans-serif; font-size: 1.25rem; line-height: 1.5; margin: 0; padding: 1.5rem;
                   color: #1a1a1a; background: #ffffff; max-width: 36rem; }
            h1 { font-size: 1.75rem; line-height: 1.25; color: \(colour); margin: 0.5rem 0 1rem; }
            .marca { font-size: 3rem; color: \(colour); margin: 0; }
            .pie { font-size: 1rem; color: #555555; margin-top: 2rem; }
            button { font: inherit; font-weight: bold; color: #ffffff; background: #9d2449; border: 0; border-radius: 0.5rem;
                     padding: 0.75rem 1.5rem; width: 100%; }
            </style>
            </head>
            <body>
            <main>
            <p class="marca" aria-hidden="true">\(mark)</p>
            <h1>\(Self.escaped(title))</h1>
            \(paragraphs.map { "<p>\(Self.escaped($0))</p>" }.joined(separator: "\n"))
            \(form)
            <p class="pie">\(Self.escaped(catalogue.text(.phoneFooter)))</p>
            </main>
            </body>
            </html>

            """
    }

    /// What a page that could not be answered names for the office's staff: the logged reference of a
    /// failure, or the refusal's code.
    static func reference(of error: BackendError) -> String {
        switch error {
        case .internalError(let reference), .storageFull(let reference): reference
        default: error.code
        }
    }

    /// Text made safe inside HTML elements and attribute values.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `html` as an answer that no cache keeps, that tells no other site its address (the token is in it),
    /// and that may load nothing from elsewhere and post only to itself.
    static func response(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        ], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

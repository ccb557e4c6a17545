import Crypto
@testable import EmbeddedBackend
import Foundation
import Testing
import TestSupport

/// MIME as mail clients expect it: 7-bit lines, encoded-words, quoted-printable, base64 attachments.
@Suite(.runsPrograms) struct MailMessageTests {
    let confirmation = MailMessage(
        from: "no-responder@nss-kiosk.localhost", fromName: "IMSS Servicios Digitales", to: ["ana@example.com"],
        subject: ConfirmationEmail.subject, date: Date(timeIntervalSince1970: 1_739_936_907),
        extraHeaders: [MailHeader("X-NSS-Application", "abc123")],
        text: "Estimado(a) Asegurado(a):\n\nHemos recibido una solicitud de Asignación o Localización de Número de "
            + "Seguridad Social, con una línea larguísima que obliga a partirla en varias líneas suaves = con signos.\n"
            + "Línea con espacio final \nFrom el principio\n")

    @Test func renderedMessageIsSevenBitWithShortLines() throws {
        for message in [confirmation, MailSamples.withAttachments()] {
            let text = String(decoding: message.rendered(), as: UTF8.self)
            #expect(message.rendered().allSatisfy { $0 < 0x80 }, "only 7-bit bytes")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= 78, "line too long: \(line)")
            }
        }
    }

    @Test func headersDecodeBackToTheSpanishSubject() throws {
        let mail = try #require(ReceivedMail(confirmation.rendered()))
        #expect(mail.subject == "Servicio Digital: Solicitud de Asignación o Localización de NSS")
        #expect(mail.header("x-nss-application") == "abc123")
        #expect(mail.header("MIME-Version") == "1.0")
        #expect(mail.header("Date") == "Tue, 18 Feb 2025 21:48:27 -0600")
        #expect(mail.text == confirmation.text)
        #expect(mail.attachments.isEmpty)
    }

    @Test func attachmentsRoundTrip() throws {
        let message = MailSamples.withAttachments()
        let mail = try #require(ReceivedMail(message.rendered()))
        #expect(mail.text == message.text)
        #expect(mail.attachments == message.attachments)
        #expect(mail.header("Content-Type")?.hasPrefix("multipart/mixed; boundary=") == true)
    }

    @Test(.enabled(if: Tool.python3.isInstalled))
    func pythonsEmailPackageReadsTheSameMessage() async throws {
        let message = MailSamples.withAttachments()
        let script = """
            import sys, email, json, hashlib
            from email import policy
            m = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
            print(json.dumps({
                "defects": [str(d) for d in m.defects],
                "subject": str(m["subject"]),
                "text": m.get_body(("plain",)).get_content(),
                "attachments": [[a.get_filename(), hashlib.sha256(a.get_content()).hexdigest()] for a in m.iter_attachments()],
            }))
            """
        let output = try await Tool.python3.output(["-c", script], input: Array(message.rendered()))
        let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
        #expect((parsed["defects"] as! [String]).isEmpty)
        #expect(parsed["subject"] as? String == message.subject)
        #expect(parsed["text"] as? String == message.text)
        let expected = message.attachments.map { [$0.filename, SHA256.hash(data: $0.data).map { String(format: "%02x", $0) }.joined()] }
        #expect(parsed["attachments"] as? [[String]] == expected)
    }

    @Test(arguments: [
        "", "sin acentos", "Número", "línea con espacio final ", "a=b", "From aquí", "ñ🙂ü\tfin",
        String(repeating: "Asignación o Localización ", count: 12),
    ])
    func quotedPrintableRoundTrips(_ text: String) {
        let encoded = QuotedPrintable.encode(text)
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(encoded.split(separator: "\n").allSatisfy { $0.count <= 76 })
        let decoded = String(decoding: QuotedPrintable.decodeBytes(encoded), as: UTF8.self)
        #expect(decoded == (text.hasSuffix("\n") ? text : text + "\n"))
    }

    @Test func everyEncodedWordDecodesOnItsOwn() {
        let subject = "Servicio Digital: Tu Número de Seguridad Social (NSS) — ñandú, pingüino, acción 🙂"
        let encoded = MIMEWords.encode(subject)
        let words = encoded.split(separator: "\n ").map(String.init)
        #expect(words.count > 1)
        for word in words {
            #expect(MIMEWords.decode(word) != word, "\(word) decodes alone")
        }
        #expect(MIMEWords.decode(encoded.replacingOccurrences(of: "\n ", with: " ")) == subject)
    }

    @Test func lineBreaksInHeaderValuesCannotAddHeaders() throws {
        var message = confirmation
        message.subject = "Hola\nBcc: intruso@example.com"
        let mail = try #require(ReceivedMail(message.rendered()))
        #expect(mail.header("Bcc") == nil)
        #expect(mail.subject == "Hola Bcc: intruso@example.com")
    }
}

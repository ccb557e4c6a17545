// nss-kiosk-pdf: renders one document for nss-kiosk, in its own process.
//
// Reads on standard input the sealed record in the text form the PDF carries in its metadata
// (`RecordPayload`, which names the document too) and writes the PDF to standard output. On failure
// it writes one Spanish line to standard error and exits with 1; the record is never echoed.
//
// The wizard runs this program instead of linking cairo, pango and the fonts into itself: see
// `HelperProcessRenderer`.
import Documents
import Foundation
import NSSCore
import PDFRendering

#if canImport(Glibc)
import Glibc
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("nss-kiosk-pdf: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
        Uso: nss-kiosk-pdf < REGISTRO > DOCUMENTO.pdf
        Genera la constancia o la tarjeta del NSS a partir del registro sellado que nss-kiosk escribe en la \
        entrada estándar. No se usa a mano: nss-kiosk lo ejecuta al guardar, imprimir o enviar los documentos.
        """)
    exit(0)
}
guard arguments.isEmpty else { fail("no recibe argumentos; lee el registro en la entrada estándar (--help)") }

let input = FileHandle.standardInput.readDataToEndOfFile()
let text = String(decoding: input, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
guard !text.isEmpty else { fail("la entrada está vacía; se esperaba un registro sellado") }
let request: (record: SealedRecord, kind: DocumentKind)
switch RecordPayload.decode(text) {
case .success(let decoded): request = decoded
case .failure: fail("la entrada no es un registro sellado de nss-kiosk")
}
do {
    let pdf = try DocumentRenderer.render(request.kind, request.record)
    FileHandle.standardOutput.write(pdf)
} catch {
    fail(error.message)
}

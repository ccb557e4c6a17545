import ArgumentParser
import CommandLineSupport
import Documents
import EmbeddedBackend
import Foundation
import NSSCore

/// `nss-kiosk verify DOCUMENTO.pdf [--certificate CERT.pem] [--data CARPETA]`: checks a constancia or a
/// tarjeta offline.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verifica sin conexión una constancia o una tarjeta de NSS con el certificado del sello digital.",
        discussion: """
            Imprime los datos del documento, uno por línea («Etiqueta: valor»), y al final «VÁLIDO» (termina con 0); \
            o lo que no coincide y al final «NO VÁLIDO» (termina con 1). Si el archivo o el certificado no se pueden \
            leer (no existe, no hay permiso, es una carpeta, una FIFO o un dispositivo), lo dice y termina con 2. \
            Un documento es válido sólo si su firma digital PDF abarca el archivo entero y es la del certificado; \
            un archivo de más de \(DocumentVerifier.maximumFileSize) bytes no se lee y no es válido. \
            Sin --certificate usa el de la carpeta de datos (sello/certificado.pem); \
            el de otra instalación se obtiene allá con «nss-kiosk keys export».
            """
    )

    @Argument(help: ArgumentHelp("El documento a verificar.", valueName: "documento.pdf"))
    var file: String

    @Option(help: ArgumentHelp("El certificado del sello digital que emitió el documento (PEM).", valueName: "certificado.pem"))
    var certificate: String?

    @OptionGroup var data: DataOption

    func run() throws {
        let report: VerificationReport
        do {
            report = try DocumentVerifier.verify(fileAt: file, certificatePEM: try certificatePEM())
        } catch let failure as DocumentFile.Unreadable {
            throw CommandFailure(message: "No se pudo leer el archivo «\(UnsafeText.escaped(file))»: "
                + "\(failure.reason). Revisa el nombre y los permisos.")
        }
        if let unreadable = report.problems.first(where: { if case .certificateUnreadable = $0 { true } else { false } }) {
            throw CommandFailure(message: UnsafeText.escaped(unreadable.message))
        }
        var lines: [String] = []
        if let kind = report.kind { lines.append("Documento: \(kind.title)") }
        lines += report.fields.map { "\($0.label): \($0.value)" }
        lines += report.problems.map { "- \($0.message)" }
        lines.append(report.verdict)
        print(lines.map { UnsafeText.escaped($0) }.joined(separator: "\n"))
        if !report.isValid { throw ExitStatus.invalid }
    }

    /// The certificate given with --certificate, or the data directory's (read like the document: a
    /// regular file, within a limit).
    private func certificatePEM() throws -> String {
        let url = certificate.map { URL(fileURLWithPath: $0) } ?? data.configuration.sealCertificateURL
        let path = UnsafeText.escaped(url.path)
        let reason: String
        do {
            switch try DocumentFile.load(url.path, limit: 1 << 16) {
            case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
            case .tooLarge: reason = "es demasiado grande para ser un certificado"
            }
        } catch {
            if certificate == nil && error.isMissing {
                throw CommandFailure(message: "No hay certificado del sello digital en la carpeta de datos («\(path)»). "
                    + "Indica el de la instalación que emitió el documento con --certificate; allá se obtiene con "
                    + "«nss-kiosk keys export».")
            }
            reason = error.reason
        }
        throw CommandFailure(message: "No se pudo leer el certificado «\(path)»: \(reason).")
    }
}

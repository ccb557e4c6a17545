import ArgumentParser
import CommandLineSupport
import Documents
import EmbeddedBackend
import NSSCore

/// `nss-kiosk keys …`: the installation's digital seal.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Administra el sello digital con que la instalación firma los documentos.",
        subcommands: [KeysExport.self]
    )
}

/// `nss-kiosk keys export [--data CARPETA]`.
struct KeysExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Imprime el certificado del sello digital (PEM), para verificar documentos en otra computadora.",
        discussion: """
            Si la carpeta de datos todavía no tiene sello, lo crea antes de imprimirlo: una llave RSA de 2048 bits \
            (sello/sello-digital.pem, que sólo su dueño puede leer) y su certificado (sello/certificado.pem). \
            La llave privada nunca se imprime. Guarda el certificado con «nss-kiosk keys export > certificado.pem» \
            y úsalo con «nss-kiosk verify DOCUMENTO.pdf --certificate certificado.pem».
            """
    )

    @OptionGroup var data: DataOption

    func run() throws {
        let store: SealKeyStore
        do {
            store = try data.configuration.sealKeyStore()
        } catch {
            throw CommandFailure(message: UnsafeText.escaped(error.message))
        }
        print(store.certificatePEM)
    }
}

import Documents
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The installation's seal (`DATA/sello/`), loaded when a procedure first needs it and made then
/// when the folder holds none: opening the backend stays quick, and processes that start together
/// still end up with one key (`SealKeyStore` creates it atomically).
actor InstallationSeal {
    let configuration: EmbeddedConfiguration
    private var store: SealKeyStore?

    init(configuration: EmbeddedConfiguration) {
        self.configuration = configuration
    }

    /// The sealer over the installation's key.
    func sealer() throws(DocumentError) -> Sealer {
        if let store { return Sealer(keyStore: store) }
        let loaded = try configuration.sealKeyStore()
        store = loaded
        return Sealer(keyStore: loaded)
    }
}

extension EmbeddedConfiguration {
    /// The installation's seal in `sealDirectory`: its key (RSA-2048, mode 0600) and certificate, made on
    /// first use inside the private data directory.
    public func sealKeyStore() throws(DocumentError) -> SealKeyStore {
        do {
            try PrivateFiles.makeDirectory(dataDirectory)
        } catch let failure as PrivateFiles.Failure {
            throw .keyDirectory(path: dataDirectory.path, reason: String(cString: strerror(failure.code)))
        } catch {
            throw .keyDirectory(path: dataDirectory.path, reason: "no se pudo crear la carpeta de datos")
        }
        return try SealKeyStore(directory: sealDirectory)
    }
}

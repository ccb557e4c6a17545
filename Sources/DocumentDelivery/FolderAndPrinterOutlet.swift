import FoundationEssentials
import NSSCore
import ProcessKit
import Wizard
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The terminal's own way out for the documents: a downloads folder (at a kiosk, the USB stick's mount
/// point) and the CUPS printer through `lp`.
public struct FolderAndPrinterOutlet: DocumentOutlet {
    /// Where "Guardar" writes.
    public let folder: URL
    /// Whether a missing folder is made (the default ~/Descargas) or reported (a USB stick's mount point,
    /// which must not be created on the kiosk's own disk).
    public let createsFolder: Bool
    /// Whether «Guardar» may write at all: not at a kiosk that was given no removable medium.
    let savesToFolder: Bool
    /// The files «Guardar» wrote, when the folder is the kiosk's own disk rather than a removable
    /// medium: every wipe deletes them (`wipeSessionFiles`), so the next person cannot open them.
    let writtenFiles: WrittenFiles?
    /// The CUPS printer «Imprimir» sends to; nil: the system's default (`lpstat -d`).
    let printer: String?
    /// Runs a program and returns its exit status and output (CUPS in production, a fake in tests).
    let runner: CommandRunner

    public init(folder: URL, createsFolder: Bool = false, printer: String? = nil) {
        self.init(folder: folder, createsFolder: createsFolder, printer: printer, runner: CommandRunner())
    }

    /// With `wipesWrittenFiles`, the files saved are deleted at every wipe (a kiosk whose folder is
    /// not a removable medium). With a `journal` (a file in the private data directory), their names are
    /// also kept there until the wipe, so that files a killed session left behind are deleted by the
    /// next start, before anyone else sits down.
    public init(folder: URL, wipesWrittenFiles: Bool, journal: URL? = nil, printer: String? = nil) {
        self.init(folder: folder, wipesWrittenFiles: wipesWrittenFiles, journal: journal, printer: printer,
                  runner: CommandRunner())
    }

    init(folder: URL, createsFolder: Bool = false, savesToFolder: Bool = true, wipesWrittenFiles: Bool = false,
         journal: URL? = nil, printer: String? = nil, runner: CommandRunner) {
        self.writtenFiles = wipesWrittenFiles ? WrittenFiles(folder: folder, journal: journal) : nil
        self.folder = folder
        self.createsFolder = createsFolder
        self.savesToFolder = savesToFolder
        self.printer = printer
        self.runner = runner
    }

    /// A kiosk without a removable medium: «Guardar» writes nowhere (the kiosk's own disk is shared with
    /// the next person) and says to ask the staff; printing still works.
    public static func withoutFolder(printer: String? = nil) -> FolderAndPrinterOutlet {
        withoutFolder(printer: printer, runner: CommandRunner())
    }

    static func withoutFolder(printer: String? = nil, runner: CommandRunner) -> FolderAndPrinterOutlet {
        FolderAndPrinterOutlet(folder: URL(fileURLWithPath: "/nonexistent", isDirectory: true),
                               savesToFolder: false, printer: printer, runner: runner)
    }

    /// The journal's name in the data directory.
    public static let journalName = "guardados-por-borrar"

    static var noMedium: String { Phrase.deliveryNoMedium.text }


    /// The default downloads folder: `~/Descargas`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        URL(fileURLWithPath: DataLocation.homeDirectory(environment: environment), isDirectory: true).appendingPathComponent("Descargas", isDirectory: true)
    }

    public func save(_ files: [DocumentFile]) async throws(DeliveryFailure) -> [String] {
        guard savesToFolder else { throw DeliveryFailure(Self.noMedium) }
        if createsFolder {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw DeliveryFailure(Phrase.deliveryNoFolder.text(["carpeta": folder.path]))
        }
        guard isDirectory else {
            throw DeliveryFailure(Phrase.deliveryNotFolder.text(["carpeta": folder.path]))
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw DeliveryFailure(Phrase.deliveryNotWritable.text(["carpeta": folder.path]))
        }
        var saved: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            do {
                try PrivateWrite.write(file.data, to: url)
            } catch {
                throw DeliveryFailure(Phrase.deliveryNotSaved.text(["archivo": file.name, "carpeta": folder.path]))
            }
            saved.append(url.path)
            writtenFiles?.add(url.path)
        }
        return saved
    }

    /// Deletes what this session saved on the kiosk's own disk (nothing when the folder is a
    /// removable medium, or outside a kiosk). Called on every wipe.
    public func wipeSessionFiles() {
        writtenFiles?.deleteAll()
    }

    /// Whether `folder` is on the same file system as `reference` (the data directory): then it is the
    /// kiosk's own disk, not a removable medium.
    public static func isOnSameDevice(_ folder: URL, as reference: URL) -> Bool {
        var a = stat(), b = stat()
        guard stat(folder.path, &a) == 0, stat(reference.path, &b) == 0 else { return false }
        return a.st_dev == b.st_dev
    }

    public func print(_ files: [DocumentFile]) async throws(DeliveryFailure) -> String {
        guard let lp = runner.locate("lp") else {
            throw DeliveryFailure(Phrase.deliveryNoPrinter.text)
        }
        let printer: String
        if let configured = self.printer {
            printer = configured
        } else {
            guard let lpstat = runner.locate("lpstat") else {
                throw DeliveryFailure(Phrase.deliveryNoPrinter.text)
            }
            let destination: ProgramOutcome
            do {
                destination = try await runner.run(lpstat, ["-d"])
            } catch {
                throw DeliveryFailure(Phrase.deliveryPrinterSilent.text(["error": "\(error)"]))
            }
            guard destination.succeeded, let found = Self.defaultPrinter(in: destination.outputText + destination.errorText) else {
                throw DeliveryFailure(Phrase.deliveryNoPrinter.text)
            }
            printer = found
        }
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("nss-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: spool) }
        do {
            try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            var paths: [String] = []
            for file in files {
                let url = spool.appendingPathComponent(file.name)
                try PrivateWrite.write(file.data, to: url)
                paths.append(url.path)
            }
            let job = try await runner.run(lp, ["-d", printer, "-t", "Documentos NSS"] + paths)
            guard job.succeeded else { throw DeliveryFailure("") }
        } catch {
            throw DeliveryFailure(Phrase.deliveryPrinterRefused.text(["impresora": printer]))
        }
        return Phrase.deliveryPrinted.text(["impresora": printer])
    }

    /// "system default destination: NAME" → NAME; nil for "no system default destination".
    static func defaultPrinter(in output: String) -> String? {
        guard let range = output.firstRange(of: "system default destination: ") else { return nil }
        let name = output[range.upperBound...].prefix { !$0.isWhitespace }
        return name.isEmpty ? nil : String(name)
    }
}

/// The files one session saved in the kiosk's own folder, shared by the outlet's copies, and written down
/// in a journal that outlives a killed program: the next start deletes what it lists.
final class WrittenFiles: Sendable {
    private let folder: URL
    private let journal: URL?
    private let names = Mutex<[String]>([])

    init(folder: URL, journal: URL?) {
        self.folder = folder
        self.journal = journal
        // What a session that was killed before its wipe left behind.
        if let journal, let listed = try? String(contentsOf: journal, encoding: .utf8) {
            names.withLock { $0 = listed.split(separator: "\n").map(String.init) }
            deleteAll()
        }
    }

    func add(_ path: String) {
        names.withLock { names in
            names.append(URL(fileURLWithPath: path).lastPathComponent)
            if let journal { try? PrivateWrite.write(Data(names.joined(separator: "\n").utf8), to: journal) }
        }
    }

    /// Deletes every listed file, then the journal. Only plain names of files directly in the folder are
    /// taken from the journal: a line naming another place (`../x`, `/etc/x`) is ignored.
    func deleteAll() {
        names.withLock { names in
            for name in names where Self.isPlainName(name) {
                unlink(folder.appendingPathComponent(name).path)
            }
            names.removeAll()
            if let journal { unlink(journal.path) }
        }
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}

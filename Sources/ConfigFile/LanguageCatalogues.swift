import Foundation
import KioskSettings
import NSSCore

/// Where the catalogues of an installation are found, and reading them all. A code's first file wins,
/// in this order: the office's folder (`[idiomas] carpeta`, by default `/etc/nss-kiosk/idiomas`); the
/// `idiomas` folder beside the programs (or `../share/nss-kiosk/idiomas`), where a release ships its
/// own; and, for a program run from its SwiftPM build tree (`.build/…`), the repository's `idiomas`.
/// Spanish is built in: `es.toml` is read only to be checked.
public enum LanguageCatalogues {
    public static let standardFolder = "/etc/nss-kiosk/idiomas"

    /// The folders to look in, in order.
    public static func folders(_ settings: KioskSettings, programFolder: URL) -> [URL] {
        var folders = [URL(fileURLWithPath: settings.languagesFolder ?? standardFolder, isDirectory: true),
                       programFolder.appendingPathComponent("idiomas", isDirectory: true),
                       programFolder.deletingLastPathComponent().appendingPathComponent("share/nss-kiosk/idiomas", isDirectory: true)]
        var folder = programFolder
        for _ in 0..<3 {
            if folder.lastPathComponent == ".build" {
                folders.append(folder.deletingLastPathComponent().appendingPathComponent("idiomas", isDirectory: true))
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        return folders
    }

    /// The folder of the running program (`/proc/self/exe`).
    public static var programFolder: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]).deletingLastPathComponent()
    }

    /// Every catalogue file found (one per code, the first folder's), checked.
    public static func files(in folders: [URL]) -> [CatalogueFile] {
        var found: [String: CatalogueFile] = [:]
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".toml") {
                let code = String(name.dropLast(5))
                guard found[code] == nil, KioskSettings.isLanguageCode(code) else { continue }
                found[code] = CatalogueFile.read(path: folder.appendingPathComponent(name).path)
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// The catalogues a wizard is offered: every usable file but Spanish's (built in).
    public static func usable(_ files: [CatalogueFile]) -> [Catalogue] {
        files.filter { $0.code != Catalogue.spanish.code }.compactMap(\.catalogue)
    }

    /// The languages besides Spanish of the installation `settings` describe, read and checked, each
    /// mistake said to `warn` (codes and keys only): what the backend writes emails and spelled captchas
    /// in, and what the wizard is offered. A catalogue with mistakes never stops a program: its good texts
    /// are used, the rest are said in Spanish.
    public static func installed(_ settings: KioskSettings, warn: (String) -> Void) -> [Catalogue] {
        let files = files(in: folders(settings, programFolder: programFolder))
        for line in logLines(files, configured: settings.language) { warn(line) }
        return usable(files)
    }

    /// What a log says of them: no text of a person, only codes, counts and keys.
    public static func logLines(_ files: [CatalogueFile], configured: String) -> [String] {
        var lines: [String] = []
        for file in files {
            if file.catalogue == nil {
                lines.append("catálogo \(file.path) no se usa (se usa el español): "
                             + file.problems.map { $0.described(in: file.path) }.joined(separator: "; "))
            } else if !file.problems.isEmpty || !file.missing.isEmpty {
                lines.append("catálogo \(file.path): \(file.problems.count) textos con errores y \(file.missing.count) sin traducir "
                             + "se dicen en español (nss-kiosk config check)")
            }
        }
        if configured != Catalogue.spanish.code, !files.contains(where: { $0.code == configured && $0.catalogue != nil }) {
            lines.append("no hay catálogo usable para el idioma «\(configured)»: se usa el español")
        }
        return lines
    }
}

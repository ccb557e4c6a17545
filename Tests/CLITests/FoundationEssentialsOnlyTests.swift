import Foundation
import Testing
import TestSupport

/// The wizard's promise (README, "departures"): it links FoundationEssentials only — no Foundation,
/// CoreFoundation or ICU, which cost it a third of its start and most of its size. One
/// `import Foundation` on its way to the first screen undoes that silently; `make bench` measures the
/// release build, and this keeps the promise in every `make test`.
@Suite(.runsPrograms) struct FoundationEssentialsOnlyTests {
    /// The package's root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The modules on the wizard's way to its first screen, as Package.swift lists them (`wizardStartPath`).
    static func startPathModules() throws -> [String] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        guard let start = manifest.range(of: "let wizardStartPath: Set = ["),
              let end = manifest[start.upperBound...].firstIndex(of: "]") else { return [] }
        return manifest[start.upperBound..<end].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            .filter { !$0.isEmpty }
    }

    @Test func noModuleOnTheWizardsStartPathImportsFoundation() throws {
        let modules = try Self.startPathModules()
        #expect(modules.contains("NSSKioskCLI") && modules.contains("Terminal") && modules.count >= 10)
        var offenders: [String] = []
        for module in modules {
            let folder = module == "Screens" ? Self.root.appendingPathComponent("Screens")
                : Self.root.appendingPathComponent("Sources/\(module)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            #expect(!files.isEmpty, "\(module) has sources in \(folder.path)")
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where Self.importsFoundation(line) {
                    offenders.append("\(file.path.replacingOccurrences(of: Self.root.path + "/", with: "")): \(line)")
                }
            }
        }
        #expect(offenders.isEmpty, "import FoundationEssentials instead:\n\(offenders.joined(separator: "\n"))")
    }

    /// `import Foundation` (also `@_exported`, `@preconcurrency`), not `import FoundationEssentials`.
    static func importsFoundation(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return false }
        return words[index + 1] == "Foundation" && words[..<index].allSatisfy { $0.hasPrefix("@") }
    }

    @Test func theRuleSeesEveryFormOfTheImport() {
        #expect(Self.importsFoundation("import Foundation"))
        #expect(Self.importsFoundation("@preconcurrency import Foundation"))
        #expect(!Self.importsFoundation("import FoundationEssentials"))
        #expect(!Self.importsFoundation("/// a comment about import Foundation"))
    }

    /// What the built wizard (with the packages it links, swift-crypto among them) takes from Foundation,
    /// FoundationInternationalization and ICU: nothing. Read from its dynamic symbols with nm.
    @Test(.enabled(if: Tool("nm").isInstalled))
    func theBuiltWizardUsesNothingOfFoundationOrICU() async throws {
        let wizard = try #require(Tool.built("nss-kiosk").path)
        let used = Set(try await Tool("nm").output(["-D", "--undefined-only", wizard]).split(separator: "\n")
            .compactMap { $0.split(separator: " ").last.map(String.init) })
        #expect(used.count > 100, "the wizard's undefined symbols were read")
        let libraries = try Self.swiftRuntimeFolder()
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            let path = libraries.appendingPathComponent(library).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let defined = try await Tool("nm").output(["-D", "--defined-only", path]).split(separator: "\n")
                .compactMap { $0.split(separator: " ").last.map(String.init) }
            let taken = used.intersection(defined)
            #expect(taken.isEmpty, "nss-kiosk uses \(library): \(taken.sorted().prefix(5))")
        }
    }

    /// The folder of the Swift runtime the wizard was linked against (where libFoundationEssentials.so is).
    static func swiftRuntimeFolder() throws -> URL {
        let candidates = ["/opt/swift/usr/lib/swift/linux", "/usr/lib/swift/linux"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
                .map { URL(fileURLWithPath: String($0)).deletingLastPathComponent().appendingPathComponent("lib/swift/linux").path }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: "\($0)/libFoundationEssentials.so") }) else {
            throw ToolError.missing("libFoundationEssentials.so")
        }
        return URL(fileURLWithPath: found)
    }
}

// swift-tools-version: 6.1
import PackageDescription

/// nss-kiosk: a keyboard-only terminal wizard for the IMSS procedure
/// "Asignación o Localización de Número de Seguridad Social".
///
/// Layers, from the pure centre outwards (see README.md):
/// NSSCore → Wizard → Terminal → Screens → nss-kiosk, with backends and documents beside them.
let package = Package(
    name: "nss-kiosk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nss-kiosk", targets: ["NSSKioskCLI"]),
        .executable(name: "nss-kiosk-backend", targets: ["NSSKioskBackendCLI"]),
        .executable(name: "nss-kiosk-pdf", targets: ["NSSKioskPDF"]),
        .executable(name: "nss-kiosk-server", targets: ["NSSKioskServer"]),
        .executable(name: "nss-bench", targets: ["NSSBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // 3.12.3 is the 3.x that swift-certificates 1.21.1 accepts ("3.12.3"..<"6.0.0").
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        // The office server. No traits: neither swift-configuration nor full Foundation is needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // The remote backend's HTTP client, in the service beside the wizard (never in the wizard).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The HTTP parts as the office server's connection handlers see them (a deadline for a whole request).
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // The files of answers (`nss-kiosk --answers`), YAML or JSON, read by nss-kiosk-backend only: the
        // wizard's own start stays free of Foundation.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The office server's metrics in Prometheus's text format (its own registry, no global bootstrap:
        // the tests run many servers in one process).
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // The shared store of several office servers (`--store postgresql://…`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // ---- the pure core: no I/O, no terminal, no database ----
        .target(name: "NSSCore"),
        .target(name: "Wizard", dependencies: ["NSSCore"]),
        // ---- plain line mode: screen readers, braille lines, serial consoles, TERM=dumb ----
        .target(name: "PlainMode", dependencies: ["NSSCore", "Wizard", "ProcessKit"]),
        // ---- the terminal: ncursesw adapter, drawing, keys, run loop ----
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw",
                       providers: [.apt(["libncurses-dev"])]),   // no pkgConfig: SwiftPM drops its -D flags
        .target(name: "CTermGuard", dependencies: ["CNcursesw"]),   // C-side signal state and crash guard
        .target(name: "Terminal", dependencies: ["NSSCore", "CNcursesw", "CTermGuard"]),
        // ---- the nine screens, the overlays and the app that runs them on the terminal ----
        .target(name: "Screens", dependencies: ["Terminal", "Wizard", "NSSCore"], path: "Screens"),
        // ---- the programs ----
        /// The staff tools' command line: backend arguments, Spanish usage errors.
        .target(name: "CommandLineSupport", dependencies: [
            "NSSCore", "ProcessKit", "BackendOptions", "EmbeddedBackend", "KioskSettings", "ConfigFile",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
        ]),
        /// Where both programs log: a private file in the data directory, or standard error.
        .target(name: "LogSetup", dependencies: ["ProcessKit", .product(name: "Logging", package: "swift-log")]),
        /// `nss-kiosk`: the wizard, small and quick to start; the backend runs beside it in
        /// `nss-kiosk-backend serve`, and staff command lines are handed over to that program.
        .executableTarget(name: "NSSKioskCLI", dependencies: [
            "NSSCore", "Wizard", "BackendService", "LogSetup", "PlainMode", "DocumentDelivery", "Terminal",
            "Screens", "ProcessKit", "BackendOptions", "KioskSettings",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        /// `nss-kiosk-backend`: the service the wizard starts, and the staff tools.
        .executableTarget(name: "NSSKioskBackendCLI", dependencies: [
            "NSSCore", "EmbeddedBackend", "Documents", "BackendService", "CommandLineSupport", "LogSetup", "ProcessKit",
            "HTTPBackendClient", "KioskSettings", "ConfigFile", "Wizard", "BackendOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ]),

        /// The office server: the backend's calls as an HTTP API (one route for all, derived from
        /// `BackendAPI`), the confirmation link's page, per-terminal credentials. A library, so that tests
        /// start it in their own process.
        .target(name: "OfficeServer", dependencies: [
            "NSSCore", "EmbeddedBackend", "SecretFile", "BackendOptions", "KioskSettings",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),
        /// `nss-kiosk-server`: the office server's program.
        .executableTarget(name: "NSSKioskServer", dependencies: [
            "BackendOptions",
            "OfficeServer", "EmbeddedBackend", "CommandLineSupport", "ConfigFile", "LogSetup", "NSSCore", "SecretFile", "ProcessKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        /// The office server's client: a `BackendTransport` over HTTP, for `nss-kiosk-backend serve --server`.
        .target(name: "HTTPBackendClient", dependencies: [
            "NSSCore", "SecretFile",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        /// Files that hold credentials: read only when no one but their owner may read them.
        .target(name: "SecretFile"),

        /// The benchmarks of `make bench` (release build).
        .executableTarget(name: "NSSBench", dependencies: ["NSSCore", "Wizard", "EmbeddedBackend", "Documents", "PDFRendering", "Terminal", "ProcessKit", "CPseudoTerminal", "BackendService", .product(name: "Logging", package: "swift-log")], path: "Sources/NSSBench"),

        // ---- tests ----
        .testTarget(name: "NSSCoreTests", dependencies: [
            "NSSCore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        /// Running programs from the tests (the project's own and the machine's), in an environment of the
        /// tests' own: one way, through ProcessKit, with a deadline.
        .target(name: "TestSupport", dependencies: ["ProcessKit"], path: "Tests/TestSupport"),
        /// A person and the backend's answers, to reach every screen through the real transitions.
        .target(name: "WizardFixtures", dependencies: ["Wizard", "NSSCore"], path: "Tests/WizardFixtures"),
        .testTarget(name: "WizardTests", dependencies: [
            "Wizard", "NSSCore", "WizardFixtures", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        // Runs the built binary; makes its sample documents through the embedded backend in-process.
        .testTarget(name: "CLITests", dependencies: ["TestSupport", 
            "NSSKioskCLI", "NSSKioskBackendCLI", "NSSKioskPDF", "EmbeddedBackend", "NSSCore", "CommandLineSupport", "BackendOptions",
            "KioskSettings", "ConfigFile", .product(name: "Logging", package: "swift-log"),
        ]),
        // The real binary in tmux: every screen, signals, resizes, odd terminals (needs tmux).
        .testTarget(name: "TerminalEndToEndTests", dependencies: ["TestSupport", "ProcessKit", "NSSKioskCLI", "NSSKioskBackendCLI", "NSSKioskPDF",
                                                                  "NSSKioskServer"]),
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),   // pty pairs for the terminal tests
        /// Golden 80×24 screens shared by the terminal and screen tests.
        .target(name: "GoldenFiles", dependencies: ["Terminal"], path: "Tests/GoldenFiles"),
        .testTarget(name: "TerminalTests", dependencies: ["TestSupport", "ProcessKit", "Terminal", "CNcursesw", "CTermGuard", "CPseudoTerminal", "GoldenFiles"],
                    exclude: ["Golden"]),
        .testTarget(name: "ScreensTests", dependencies: ["TestSupport", "ProcessKit", "Screens", "Terminal", "Wizard", "NSSCore", "GoldenFiles", "WizardFixtures",
                                                    "Documents", "ConfigFile"],
                    exclude: ["Golden"]),

        // ---- backends ----
        // The embedded model of the IMSS service: SQLite registry, captcha, confirmation mail, NSS assignment,
        // the sealed documents.
        .target(name: "EmbeddedBackend", dependencies: [
            "NSSCore", "Documents", "ProcessKit", "KioskSettings",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's own interface, for binding and reading the statements GRDB prepares and caches.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The line protocol between the wizard and its backend process: client and host.
        .target(name: "BackendService", dependencies: ["NSSCore", "ProcessKit", "KioskSettings"]),
        /// Starting programs and writing to file descriptors without Foundation's Process and FileHandle.
        .target(name: "ProcessKit", dependencies: ["CProcessKit"]),
        .target(name: "CProcessKit"),   // pidfd_open, which Swift cannot call (a variadic syscall)
        /// The embedded backend's options as both command lines spell them (names, help, limits).
        .target(name: "BackendOptions", dependencies: ["KioskSettings"]),
        /// What an office may set (file, environment, command line), checked and resolved; no parser, no
        /// Foundation: the wizard lays its command line over what the backend program read.
        .target(name: "KioskSettings"),
        /// The configuration file read with TOMLKit, line by line, and the settings of a run resolved from
        /// it: in the backend program only (the parser and Foundation stay off the wizard's start).
        .target(name: "ConfigFile", dependencies: [
            "KioskSettings", "NSSCore", .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "ProcessKitTests", dependencies: ["TestSupport", "ProcessKit"]),
        // The contract every backend meets, as named cases any test runner can drive.
        .target(name: "BackendContract", dependencies: ["NSSCore"], path: "Tests/BackendContract"),
        // Test support: runs whole applications against one data directory, for the multi-process test.
        .executableTarget(name: "EmbeddedWorker", dependencies: [
            "EmbeddedBackend", "NSSCore", .product(name: "Logging", package: "swift-log"),
        ], path: "Tests/EmbeddedWorker"),
        .testTarget(name: "EmbeddedBackendTests", dependencies: ["TestSupport", "ProcessKit", 
            "EmbeddedBackend", "BackendContract", "NSSCore", "EmbeddedWorker", "Documents", "PDFRendering", "NSSKioskPDF",
            "BackendService", "NSSKioskBackendCLI", "PostgresTestSupport", "ConfigFile",
            .product(name: "Logging", package: "swift-log"), .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        /// The throwaway PostgreSQL cluster of scripts/run-tests, a database of its own per test.
        .target(name: "PostgresTestSupport", dependencies: [
            "EmbeddedBackend", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ], path: "Tests/PostgresTestSupport"),

        // The office server in this process and as a program, and the remote backend through it.
        .testTarget(name: "OfficeServerTests", dependencies: [
            "TestSupport", "ProcessKit", "OfficeServer", "HTTPBackendClient", "BackendContract", "EmbeddedBackend", "Documents",
            "NSSCore", "NSSKioskServer", "NSSKioskBackendCLI", "NSSKioskPDF", "BackendService", "KioskSettings", "PostgresTestSupport",
            "ConfigFile",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // ---- C libraries (Debian -dev packages) ----
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode", pkgConfig: "libqrencode",
                       providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),

        // ---- documents: the constancia and the tarjeta, their seal and their verification ----
        // The records, their seal, the layouts and the verifier; rendering is behind `DocumentRendering`.
        .target(name: "Documents", dependencies: [
            "NSSCore", "CQRencode", "CZlib", "ProcessKit",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
        ]),
        /// The layouts painted with cairo and pango: the PDFs.
        .target(name: "PDFRendering", dependencies: ["Documents", "NSSCore", "CCairo"]),
        /// `nss-kiosk-pdf`: renders one document in its own process, so the wizard never loads cairo.
        .executableTarget(name: "NSSKioskPDF", dependencies: ["Documents", "PDFRendering", "NSSCore"]),
        .testTarget(name: "DocumentsTests", dependencies: ["TestSupport", "ProcessKit", "Documents", "PDFRendering", "NSSKioskPDF", "NSSCore"]),
        /// Where the documents leave a terminal: the downloads folder or USB stick, and the CUPS printer.
        .target(name: "DocumentDelivery", dependencies: ["Wizard", "NSSCore", "ProcessKit"]),
        .testTarget(name: "DocumentDeliveryTests", dependencies: ["TestSupport", "DocumentDelivery", "Wizard"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "Wizard", "NSSCore", "EmbeddedBackend", "NSSKioskPDF"]),
        .testTarget(name: "PlainModeTests", dependencies: ["TestSupport", "PlainMode", "Wizard", "NSSCore", "ConfigFile"]),
    ],
    swiftLanguageModes: [.v6]
)

/// The modules the wizard runs on its way to the first screen reach generic types (dictionaries,
/// arrays, slices of their own types) through direct metadata accessors, not mangled names: the
/// runtime otherwise demangles each such type the first time and, to check its generic requirements,
/// scans every protocol conformance in the program — a fifth of the instructions a start took
/// (callgrind, BENCHMARKS.md). The price is slightly larger code. The flag is a frontend option the
/// compiler does not promise to keep: it is given to release builds only, where it is measured.
let wizardStartPath: Set = ["NSSCore", "Wizard", "PlainMode", "Terminal", "Screens", "LogSetup", "NSSKioskCLI",
                            "BackendService", "ProcessKit", "DocumentDelivery", "BackendOptions", "KioskSettings"]
for target in package.targets where wizardStartPath.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? [])
        + [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
                        .when(configuration: .release))]
}

// swift-tools-version: 6.1
import PackageDescription

/// nss-kiosk: a keyboard-only terminal wizard for the IMSS procedure
/// "Asignación o Localización de Número de Seguridad Social".
///
/// Layers, from the pure centre outwards (see README.md):
/// NSSCore → Wizard → Terminal → Screens → nss-kiosk, with backends and documents beside them.
let package = Package(
    name: "nss-kiosk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nss-kiosk", targets: ["NSSKioskCLI"]),
        .executable(name: "nss-bench", targets: ["NSSBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ---- the pure core: no I/O, no terminal, no database ----
        .target(name: "NSSCore"),
        .target(name: "Wizard", dependencies: ["NSSCore"]),
        // ---- plain line mode: screen readers, braille lines, serial consoles, TERM=dumb ----
        .target(name: "PlainMode", dependencies: ["NSSCore", "Wizard"]),
        // ---- the executable: the wizard and the staff tools ----
        .executableTarget(name: "NSSKioskCLI", dependencies: [
            "NSSCore", "Wizard",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        /// The benchmarks of `make bench` (release build).
        .executableTarget(name: "NSSBench", dependencies: ["NSSCore", "Wizard"], path: "Sources/NSSBench"),

        // ---- tests ----
        .testTarget(name: "NSSCoreTests", dependencies: [
            "NSSCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "WizardTests", dependencies: [
            "Wizard", "NSSCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["NSSKioskCLI"]),
        .testTarget(name: "PlainModeTests", dependencies: ["PlainMode", "Wizard", "NSSCore"]),
    ],
    swiftLanguageModes: [.v6]
)

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
    dependencies: [
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ---- the pure core: no I/O, no terminal, no database ----
        .target(name: "NSSCore"),
        .target(name: "Wizard", dependencies: ["NSSCore"]),
        .testTarget(name: "NSSCoreTests", dependencies: [
            "NSSCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "WizardTests", dependencies: [
            "Wizard", "NSSCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

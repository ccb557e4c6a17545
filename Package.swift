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
        // 3.12.3 is the 3.x that swift-certificates 1.21.1 accepts ("3.12.3"..<"6.0.0").
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
    ],
    targets: [
        // ---- the pure core: no I/O, no terminal, no database ----
        .target(name: "NSSCore"),
        .testTarget(name: "NSSCoreTests", dependencies: [
            "NSSCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),

        // ---- C libraries (Debian -dev packages) ----
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode", pkgConfig: "libqrencode",
                       providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),

        // ---- documents: the constancia and the tarjeta, their seal and their verification ----
        .target(name: "Documents", dependencies: [
            "NSSCore", "CCairo", "CQRencode", "CZlib",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
        ]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "NSSCore"]),
    ],
    swiftLanguageModes: [.v6]
)

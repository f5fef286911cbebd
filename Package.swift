// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "asalic",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ASALicenseKit", targets: ["ASALicenseKit"]),
        .library(name: "ASALicenseReport", targets: ["ASALicenseReport"]),
        .executable(name: "asalic", targets: ["asalic"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Secret fingerprints: HMAC-SHA256 with a key, else scrypt (Util/SecretFingerprint.swift).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The fleet report (Sources/ASALicenseReport): Plot writes its HTML as typed nodes that
        // escape what they hold; CSV.swift writes RFC 4180 records.
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev, pkg-config yaml-0.1): module map only.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "ASALicenseKit",
            dependencies: [
                "CYAML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "ASALicenseReport",
            dependencies: [
                "ASALicenseKit",
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "asalic",
            dependencies: [
                "ASALicenseKit",
                "ASALicenseReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "asalic-bench", dependencies: ["ASALicenseKit"]),
        // Fuzzing (.ci/fuzz): one libFuzzer target per input kind, sharing the properties they check.
        .target(name: "FuzzSupport", dependencies: ["ASALicenseKit"]),
        .executableTarget(name: "fuzz-activation-key", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-shared-license", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-config", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-json", dependencies: ["FuzzSupport"]),
        .testTarget(name: "ASALicenseKitTests", dependencies: ["ASALicenseKit", "ASALicenseReport", "FuzzSupport", .product(name: "Crypto", package: "swift-crypto")]),
    ]
)

// swift-tools-version:6.1
// asalic's benchmarks, in the Swift ecosystem's harness (ordo-one/benchmark), as a package of
// their own beside the project: the project's users never build the harness.
//
//   cd .bench && swift package benchmark          (see BENCHMARKS.md; needs the mixed corpus)
import Foundation
import PackageDescription

// A package at a path is known by its folder's name (`main`, `asalic`, a CI clone's own).
let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "asalic-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // MallocInterposer only: the runtime interposer it would add on Swift 6.3 is not needed
        // for the metrics asked here (wall time, mallocs), and pruning it keeps the package
        // resolvable from the machine's package mirror.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Its malloc counters, read around each run to report mallocs per MB of input.
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.1"),
    ],
    targets: [
        .executableTarget(
            name: "Throughput",
            dependencies: [
                .product(name: "ASALicenseKit", package: project),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ],
            path: "Benchmarks/Throughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

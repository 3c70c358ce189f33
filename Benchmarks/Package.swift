// swift-tools-version: 6.1
import PackageDescription

// CompetencyKit's benchmark harnesses. A separate package, so that the kit itself keeps no
// dependencies: this one depends on the kit by path and on Yams, to compare parsers.
// Run everything with scripts/benchmarks.sh from the repository root; see BENCHMARKS.md.
let package = Package(
    name: "CompetencyKitBenchmarks",
    dependencies: [
        // A path dependency's identity is its folder's name; `name:` keeps "CompetencyKit"
        // below working wherever the repository was cloned.
        .package(name: "CompetencyKit", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // Parser and validator throughput (YAML-lite, FrameworkFile.load, Yams, JSONSerialization)
        // and the parser's adversarial inputs, timed in process.
        .executableTarget(
            name: "parse-bench",
            dependencies: [
                .product(name: "_CompetencyKitTooling", package: "CompetencyKit"),
                .product(name: "FrameworkLoading", package: "CompetencyKit"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The CLI latency floor: a hello-world executable that imports Foundation.
        .executableTarget(name: "hello-foundation"),
    ]
)

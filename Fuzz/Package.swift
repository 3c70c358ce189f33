// swift-tools-version: 6.0
import PackageDescription

// The fuzz targets and property-test tools of CompetencyKit, kept out of the main package so
// that its users never build them. See docs/robustness.md.
//
// Fuzz targets (libFuzzer; build with the sanitizer flags, see scripts/fuzz.sh):
//   FuzzPipeline  bytes as a framework file: YAML-lite → framework → Swift, exports, round trips.
//   FuzzModel     bytes as the text of a valid framework's fields: writer → loader → generator.
//   FuzzWordDiff  bytes as two texts: the word diff of `competency compare`.
// Tools (build normally):
//   codegen-property  random frameworks for scripts/codegen-property.sh.
//   pipeline-replay   runs the fuzz targets' checks on files, without libFuzzer.
let package = Package(
    name: "CompetencyKitFuzz",
    dependencies: [.package(name: "CompetencyKit", path: "..")],
    targets: [
        .target(
            name: "PipelineCheck",
            dependencies: [
                // YAMLLite, CompetencyDiagnostics, FrameworkCodeGen and CompetencyCompiler.
                .product(name: "_CompetencyKitTooling", package: "CompetencyKit"),
                .product(name: "FrameworkLoading", package: "CompetencyKit"),
                .product(name: "FrameworkExport", package: "CompetencyKit"),
                .product(name: "CompetencyCASE", package: "CompetencyKit"),
            ]
        ),
        // The word diff is `package` API of CompetencyKitInternals, which no product exports:
        // this target compiles the kit's own files (symbolic links) beside its checks.
        .target(name: "WordDiffCheck"),
        .target(
            name: "FrameworkSynth",
            dependencies: [.product(name: "CompetencyFramework", package: "CompetencyKit")]
        ),
        // libFuzzer's driver, for the fuzz targets only: it links only with -sanitize=fuzzer.
        .target(name: "LibFuzzerDriver"),
        .executableTarget(name: "FuzzPipeline", dependencies: ["PipelineCheck", "LibFuzzerDriver"]),
        .executableTarget(name: "FuzzModel", dependencies: ["PipelineCheck", "FrameworkSynth", "LibFuzzerDriver"]),
        .executableTarget(name: "FuzzWordDiff", dependencies: ["WordDiffCheck", "LibFuzzerDriver"]),
        .executableTarget(
            name: "pipeline-replay",
            dependencies: [
                "PipelineCheck", "FrameworkSynth", "WordDiffCheck",
                .product(name: "FrameworkExport", package: "CompetencyKit"),
                .product(name: "FrameworkLoading", package: "CompetencyKit"),
                .product(name: "_CompetencyKitTooling", package: "CompetencyKit"),
            ]
        ),
        .executableTarget(
            name: "codegen-property",
            dependencies: [
                "FrameworkSynth",
                .product(name: "FrameworkExport", package: "CompetencyKit"),
            ],
            // A script-like tool whose batches share counters under a lock.
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)

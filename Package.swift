// swift-tools-version: 6.0
import PackageDescription

// The layout is the pipeline; docs/architecture.md is the map (what each module holds, what it
// may import, and where a new command, rule or export goes).
//
//   framework file ─► YAMLLite ─► FrameworkLoading ─► CompetencyFramework (the model)
//                                                       ├─► FrameworkCodeGen ─► generated Swift
//                                                       ├─► FrameworkExport  (JSON, Markdown, CSV, HTML, framework file)
//                                                       ├─► CompetencyCASE   (CASE 1.1, out and in)
//                                                       └─► CompetencyReflection (model, file, reports)
let package = Package(
    name: "CompetencyKit",
    // The oldest systems whose SDKs have everything the kit uses: the `Regex` literals of
    // YAML-lite's writer (`ScalarStyle.looksTyped`) need macOS 13 / iOS 16 and their siblings.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .macCatalyst(.v16), .visionOS(.v1)],
    products: [
        // What an app or tool imports; each is a promise kept across versions.
        .library(name: "CompetencyFramework", targets: ["CompetencyFramework"]),
        .library(name: "LeadershipToolkit", targets: ["LeadershipToolkit"]),
        .library(name: "FrameworkLoading", targets: ["FrameworkLoading", "CompetencyDiagnostics"]),
        .library(name: "FrameworkExport", targets: ["FrameworkExport"]),
        .library(name: "CompetencyCASE", targets: ["CompetencyCASE"]),
        .library(name: "CompetencyReflection", targets: ["CompetencyReflection"]),
        // The kit's own benchmarks and fuzzers (separate packages) build on these stages; the
        // underscore says what it means: no source stability, not for apps.
        .library(
            name: "_CompetencyKitTooling",
            targets: ["YAMLLite", "CompetencyDiagnostics", "FrameworkCodeGen", "CompetencyCompiler"]
        ),
        .executable(name: "competency", targets: ["competency"]),
        .executable(name: "competency-compiler", targets: ["competency-compiler"]),
        .plugin(name: "CompetencyFrameworkPlugin", targets: ["CompetencyFrameworkPlugin"]),
        .plugin(name: "ValidateFrameworks", targets: ["ValidateFrameworks"]),
    ],
    targets: [
        // Helpers several stages share (edit distance, kebab-case, roman numerals, ISO dates, the
        // JSON writer, SHA-1 and name-based UUIDs, word diff), visible inside the package through
        // `package` access only.
        .target(
            name: "CompetencyKitInternals",
            // JSON numbers round with libm, which only Foundation links on Linux; an app that
            // uses just the model links this target without Foundation.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux, .android]))]
        ),

        // Stage 1: text → YAML-lite document (and the rules for writing it back).
        .target(name: "CompetencyDiagnostics"),
        .target(name: "YAMLLite", dependencies: ["CompetencyDiagnostics", "CompetencyKitInternals"]),

        // The model, and the runtime that generated code calls.
        .target(name: "CompetencyFramework", dependencies: ["CompetencyKitInternals"]),

        // Stage 2: document → framework, with every validation rule.
        .target(
            name: "FrameworkLoading",
            dependencies: ["CompetencyDiagnostics", "YAMLLite", "CompetencyFramework", "CompetencyKitInternals"]
        ),

        // Stage 3: framework → Swift, text formats, CASE; and self-reflection on a framework.
        .target(
            name: "FrameworkCodeGen",
            dependencies: ["CompetencyFramework", "CompetencyDiagnostics", "CompetencyKitInternals"]
        ),
        .target(
            name: "FrameworkExport",
            dependencies: ["CompetencyFramework", "YAMLLite", "CompetencyKitInternals"]
        ),
        .target(name: "CompetencyCASE", dependencies: ["CompetencyFramework", "CompetencyKitInternals"]),
        .target(
            name: "CompetencyReflection",
            dependencies: [
                "CompetencyFramework", "CompetencyDiagnostics", "YAMLLite", "FrameworkLoading", "FrameworkExport",
                "CompetencyKitInternals",
            ]
        ),

        // The commands: one way of declaring and reading command lines (and of running a tool
        // in-process, for tests), the compiler the plugin runs, and the `competency` CLI.
        .target(name: "CommandLineParsing", dependencies: ["CompetencyKitInternals"]),
        .target(
            name: "CompetencyCompiler",
            dependencies: [
                "CommandLineParsing", "CompetencyDiagnostics", "CompetencyFramework", "FrameworkLoading",
                "FrameworkCodeGen",
            ]
        ),
        .target(
            name: "CompetencyCLI",
            dependencies: [
                "CommandLineParsing", "CompetencyDiagnostics", "CompetencyFramework", "FrameworkLoading",
                "FrameworkExport", "CompetencyCASE", "CompetencyReflection", "CompetencyCompiler", "LeadershipToolkit",
                "CompetencyKitInternals",
            ]
        ),

        // Thin shells.
        .executableTarget(name: "competency", dependencies: ["CompetencyCLI"]),
        .executableTarget(name: "competency-compiler", dependencies: ["CompetencyCompiler", "CommandLineParsing"]),
        .executableTarget(
            name: "yaml-lite", dependencies: ["YAMLLite", "CompetencyDiagnostics", "CompetencyKitInternals"]),
        .plugin(
            name: "CompetencyFrameworkPlugin",
            capability: .buildTool(),
            dependencies: ["competency-compiler"]
        ),
        .plugin(
            name: "ValidateFrameworks",
            capability: .command(
                intent: .custom(
                    verb: "validate-frameworks",
                    description: "Check every *.framework.yaml file in the package's targets")
            ),
            dependencies: ["competency-compiler"]
        ),

        // The bundled framework, compiled by our own plugin from Frameworks/.
        .target(
            name: "LeadershipToolkit",
            dependencies: ["CompetencyFramework"],
            path: "Frameworks/LeadershipToolkit",
            exclude: ["LeadershipToolkit.source-notes.md"],
            plugins: ["CompetencyFrameworkPlugin"]
        ),

        // What the test targets share (docs/architecture.md, "Tests"): seeded random input,
        // fixture folders and golden files, frameworks from framework-file text, the HTML and CSV
        // checks, and running the built tools and Python. Not a product: only the tests use it.
        .target(
            name: "CompetencyTestSupport",
            dependencies: ["CompetencyDiagnostics", "CompetencyFramework", "FrameworkLoading"],
            path: "Tests/CompetencyTestSupport"
        ),
        .testTarget(
            name: "CompetencyDiagnosticsTests", dependencies: ["CompetencyDiagnostics", "CompetencyTestSupport"]),
        .testTarget(
            name: "YAMLLiteTests", dependencies: ["YAMLLite", "CompetencyTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CompetencyFrameworkTests", dependencies: ["CompetencyFramework", "CompetencyTestSupport"]),
        .testTarget(
            name: "CompetencyKitInternalsTests",
            dependencies: ["CompetencyKitInternals", "LeadershipToolkit", "CompetencyTestSupport"]
        ),
        .testTarget(
            name: "FrameworkLoadingTests",
            dependencies: ["FrameworkLoading", "CompetencyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CompetencyReflectionTests",
            dependencies: ["CompetencyReflection", "FrameworkLoading", "CompetencyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FrameworkCodeGenTests",
            dependencies: ["FrameworkCodeGen", "CompetencyCompiler", "CompetencyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FrameworkExportTests",
            dependencies: [
                "FrameworkExport", "FrameworkLoading", "CompetencyCASE", "YAMLLite", "CompetencyTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CompetencyCASETests",
            dependencies: ["CompetencyCASE", "CompetencyFramework", "CompetencyKitInternals", "CompetencyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LeadershipToolkitTests", dependencies: ["LeadershipToolkit", "CompetencyTestSupport"]),
        .testTarget(
            name: "GeneratedCodeTests",
            dependencies: ["CompetencyFramework", "FrameworkLoading", "CompetencyTestSupport"],
            plugins: ["CompetencyFrameworkPlugin"]
        ),
        .testTarget(name: "CommandLineParsingTests", dependencies: ["CommandLineParsing", "CompetencyTestSupport"]),
        .testTarget(
            name: "CompetencyCompilerTests",
            dependencies: ["CompetencyCompiler", "CommandLineParsing", "CompetencyTestSupport"]
        ),
        .testTarget(
            name: "CompetencyCLITests",
            // `competency` itself too: a few tests run the executable, for what only a process shows.
            dependencies: [
                "competency", "CompetencyCLI", "CommandLineParsing", "FrameworkLoading", "FrameworkExport",
                "CompetencyReflection", "CompetencyTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RobustnessTests",
            dependencies: [
                "FrameworkLoading", "CompetencyCompiler", "FrameworkExport", "CompetencyCASE", "competency",
                "CompetencyTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)

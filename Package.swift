// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CompetencyKit",
    products: [
        .library(name: "CompetencyFramework", targets: ["CompetencyFramework"]),
        .library(name: "LeadershipToolkit", targets: ["LeadershipToolkit"]),
        .library(name: "CompetencyDiagnostics", targets: ["CompetencyDiagnostics"]),
        .library(name: "YAMLLite", targets: ["YAMLLite"]),
        .library(name: "FrameworkDefinition", targets: ["FrameworkDefinition"]),
        .library(name: "FrameworkCodeGen", targets: ["FrameworkCodeGen"]),
        .library(name: "FrameworkExport", targets: ["FrameworkExport"]),
        .library(name: "CompetencyCompiler", targets: ["CompetencyCompiler"]),
        .executable(name: "competency", targets: ["competency"]),
        .executable(name: "competency-compiler", targets: ["competency-compiler"]),
        .plugin(name: "CompetencyFrameworkPlugin", targets: ["CompetencyFrameworkPlugin"]),
        .plugin(name: "ValidateFrameworks", targets: ["ValidateFrameworks"]),
    ],
    targets: [
        // The pipeline, lowest stage first: text → YAML-lite document → framework model →
        // diagnostics → generated Swift and exports.
        .target(name: "CompetencyDiagnostics"),
        .target(name: "YAMLLite", dependencies: ["CompetencyDiagnostics"]),
        .target(name: "CompetencyFramework"),
        .target(
            name: "FrameworkDefinition",
            dependencies: ["CompetencyDiagnostics", "YAMLLite", "CompetencyFramework"]
        ),
        .target(name: "FrameworkCodeGen", dependencies: ["CompetencyFramework", "CompetencyDiagnostics"]),
        .target(name: "FrameworkExport", dependencies: ["CompetencyFramework"]),
        .target(name: "CompetencyCompiler", dependencies: ["FrameworkDefinition", "FrameworkCodeGen"]),

        .target(
            name: "CompetencyCLI",
            dependencies: [
                "CompetencyFramework", "FrameworkDefinition", "FrameworkExport", "CompetencyCompiler",
                "LeadershipToolkit",
            ]
        ),

        // Thin shells.
        .executableTarget(name: "competency", dependencies: ["CompetencyCLI"]),
        .executableTarget(name: "competency-compiler", dependencies: ["CompetencyCompiler"]),
        .executableTarget(name: "yaml-lite", dependencies: ["YAMLLite"]),
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

        .testTarget(name: "CompetencyDiagnosticsTests", dependencies: ["CompetencyDiagnostics"]),
        .testTarget(name: "YAMLLiteTests", dependencies: ["YAMLLite"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CompetencyFrameworkTests", dependencies: ["CompetencyFramework"]),
        .testTarget(
            name: "FrameworkDefinitionTests",
            dependencies: ["FrameworkDefinition"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FrameworkCodeGenTests",
            dependencies: ["FrameworkCodeGen", "CompetencyCompiler"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FrameworkExportTests",
            dependencies: ["FrameworkExport", "FrameworkDefinition"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LeadershipToolkitTests", dependencies: ["LeadershipToolkit"]),
        .testTarget(
            name: "GeneratedCodeTests",
            dependencies: ["CompetencyFramework", "FrameworkDefinition"],
            plugins: ["CompetencyFrameworkPlugin"]
        ),
        .testTarget(
            name: "CompetencyCLITests",
            dependencies: ["competency", "FrameworkDefinition", "FrameworkExport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RobustnessTests",
            dependencies: ["FrameworkDefinition", "CompetencyCompiler", "FrameworkExport", "competency"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

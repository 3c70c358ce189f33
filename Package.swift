// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CompetencyKit",
    products: [
        .library(name: "CompetencyFramework", targets: ["CompetencyFramework"]),
        .library(name: "CompetencyDiagnostics", targets: ["CompetencyDiagnostics"]),
        .library(name: "YAMLLite", targets: ["YAMLLite"]),
        .library(name: "FrameworkDefinition", targets: ["FrameworkDefinition"]),
        .library(name: "FrameworkExport", targets: ["FrameworkExport"]),
    ],
    targets: [
        .target(name: "CompetencyDiagnostics"),
        .target(name: "YAMLLite", dependencies: ["CompetencyDiagnostics"]),
        .target(name: "CompetencyFramework"),
        .target(
            name: "FrameworkDefinition",
            dependencies: ["CompetencyDiagnostics", "YAMLLite", "CompetencyFramework"]
        ),
        .target(name: "FrameworkExport", dependencies: ["CompetencyFramework"]),
        .executableTarget(name: "yaml-lite", dependencies: ["YAMLLite"]),

        .testTarget(name: "CompetencyDiagnosticsTests", dependencies: ["CompetencyDiagnostics"]),
        .testTarget(
            name: "YAMLLiteTests", dependencies: ["YAMLLite"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CompetencyFrameworkTests", dependencies: ["CompetencyFramework"]),
        .testTarget(
            name: "FrameworkDefinitionTests",
            dependencies: ["FrameworkDefinition"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FrameworkExportTests",
            dependencies: ["FrameworkExport", "FrameworkDefinition"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

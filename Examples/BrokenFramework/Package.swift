// swift-tools-version: 6.0
import PackageDescription

// A failure fixture for scripts/integration-test.sh: the same setup as Examples/TeacherStandards,
// but Sources/BrokenFramework/Broken.framework.yaml has a deliberate mistake (the key "titel:"),
// so `swift build` must fail with a compiler-style error that points at the line and column.
let package = Package(
    name: "BrokenFramework",
    dependencies: [
        // `name:`: a path dependency's identity is its folder's name, wherever it was cloned.
        .package(name: "CompetencyKit", path: "../..")
    ],
    targets: [
        .target(
            name: "BrokenFramework",
            dependencies: [.product(name: "CompetencyFramework", package: "CompetencyKit")],
            plugins: [.plugin(name: "CompetencyFrameworkPlugin", package: "CompetencyKit")]
        )
    ]
)

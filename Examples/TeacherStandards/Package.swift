// swift-tools-version: 6.0
import PackageDescription

// A consumer of CompetencyKit, set up the way a new user would: depend on the package, apply
// CompetencyFrameworkPlugin to a target, and put a *.framework.yaml file in that target.
let package = Package(
    name: "TeacherStandards",
    dependencies: [
        // In your own package: .package(url: "<CompetencyKit's repository URL>", from: "<version>").
        // A path dependency's identity is its folder's name, which depends on where the
        // repository was cloned; `name:` lets `package: "CompetencyKit"` below work wherever.
        .package(name: "CompetencyKit", path: "../..")
    ],
    targets: [
        // Holds TeacherStandards.framework.yaml; the plugin turns it into the Swift type
        // `TeachersStandards` at build time.
        .target(
            name: "TeacherStandards",
            dependencies: [.product(name: "CompetencyFramework", package: "CompetencyKit")],
            plugins: [.plugin(name: "CompetencyFrameworkPlugin", package: "CompetencyKit")]
        ),
        .executableTarget(name: "TeacherStandardsDemo", dependencies: ["TeacherStandards"]),
    ]
)

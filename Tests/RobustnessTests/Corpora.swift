import CompetencyTestSupport
import Foundation
import FrameworkLoading

/// The files the robustness tests run over: every corpus in the repository, not only this
/// target's.
enum Corpora {
    /// Every malformed or hostile file of every corpus in the repository: the framework and
    /// YAML-lite invalid fixtures, the code generator's, and this target's.
    static var everyHostileFile: [URL] {
        let elsewhere = [
            "Tests/FrameworkLoadingTests/Fixtures/invalid", "Tests/YAMLLiteTests/Fixtures/invalid",
            "Tests/FrameworkCodeGenTests/Fixtures/invalid",
        ]
        return elsewhere.flatMap { FixtureFolder.files(in: Repository.url($0), suffix: ".yaml") }
            + fixtures.files(in: "hostile") + fixtures.files(in: "findings")
    }

    /// Every framework file in the repository that loads without errors, and the bundled
    /// toolkit: the fixtures, the examples and this target's files that must load.
    static var everyLoadingFramework: [URL] {
        var found: [URL] = []
        for folder in ["Tests", "Frameworks", "Examples"] {
            guard
                let walker = FileManager.default.enumerator(at: Repository.url(folder), includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walker {
                if url.lastPathComponent.hasPrefix(".build") || url.lastPathComponent == "invalid" {
                    walker.skipDescendants()
                    continue
                }
                guard url.lastPathComponent.hasSuffix(".framework.yaml") else { continue }
                if FrameworkFile.load(path: url.path).framework != nil { found.append(url) }
            }
        }
        return found.sorted { $0.path < $1.path } + fixtures.files(in: "loads")
    }
}

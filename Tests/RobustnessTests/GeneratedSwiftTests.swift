import CompetencyCompiler
import CompetencyTestSupport
import Foundation
import FrameworkLoading
import Testing

/// The Swift generated for this target's hostile-but-valid frameworks type-checks against the
/// CompetencyFramework module this build made: keyword titles, titles that name the
/// generated types, symbols starting with "_", escapes of every kind. (The property test in
/// scripts/codegen-property.sh compiles and runs thousands of random ones.)
@Suite struct GeneratedSwiftTests {
    /// The folder holding `CompetencyFramework.swiftmodule` for this build.
    static let modules: URL? = {
        guard let tool = BuiltExecutable.locate("competency") else { return nil }
        let bin = tool.deletingLastPathComponent()
        for candidate in [bin.appendingPathComponent("Modules"), bin] {
            if FileManager.default.fileExists(
                atPath: candidate.appendingPathComponent("CompetencyFramework.swiftmodule").path)
            {
                return candidate
            }
        }
        return nil
    }()

    static let swiftc: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    @Test(arguments: fixtures.files(in: "loads"))
    func generatedSwiftTypeChecks(_ url: URL) throws {
        let swiftc = try #require(Self.swiftc, "swiftc is not on the PATH")
        let modules = try #require(Self.modules, "the CompetencyFramework module was not found")
        // One file, and split into four (with empty parts where a fixture has fewer subdomains).
        for parts in [1, 4] {
            let compilation = FrameworkCompilation(path: url.path, parts: parts)
            let files = try #require(compilation.files, "\(compilation.diagnostics.map(\.description))")
            #expect(files.count == parts)
            let scratch = try makeScratchDirectory("robustness")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let paths = OutputFile.partPaths(scratch.appendingPathComponent("Generated.swift").path, parts: parts)
            for (file, path) in zip(files, paths) {
                try Data(file.utf8).write(to: URL(fileURLWithPath: path))
            }
            let run = try ProcessRunner.run(swiftc, ["-typecheck", "-swift-version", "6", "-I", modules.path] + paths)
            #expect(run.status == 0, "\(url.lastPathComponent) in \(parts) parts:\n\(run.stderr.prefix(2_000))")
        }
    }
}

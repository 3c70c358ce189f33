import CompetencyFramework
import Foundation
import FrameworkDefinition
import FrameworkExport
import Testing

/// The same input gives the same bytes: generated Swift whatever the order of the inputs, and
/// every export on every run. Round trips lose nothing.
@Suite struct ReproducibilityTests {
    /// Three different framework files, copied side by side.
    static func threeFrameworks(into directory: URL) throws -> [String] {
        let sources = [
            "Tests/FrameworkDefinitionTests/Fixtures/valid/minimal.framework.yaml",
            "Tests/FrameworkCodeGenTests/Fixtures/golden/Reading.framework.yaml",
            "Examples/TeacherStandards/Sources/TeacherStandards/TeacherStandards.framework.yaml",
        ]
        var names: [String] = []
        for source in sources {
            let url = Paths.repository.appendingPathComponent(source)
            try FileManager.default.copyItem(at: url, to: directory.appendingPathComponent(url.lastPathComponent))
            names.append(url.lastPathComponent)
        }
        return names
    }

    static func contents(of directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    @Test func generatedSwiftDoesNotDependOnTheOrderOfTheInputs() throws {
        let compiler = try #require(
            Paths.executable("competency-compiler", "competency-compiler-tool"), "competency-compiler was not found")
        let scratch = try Paths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let names = try Self.threeFrameworks(into: scratch)
        let forward = try runTool(compiler, names + ["--output-directory", "forward"], in: scratch)
        let backward = try runTool(compiler, names.reversed() + ["--output-directory", "backward"], in: scratch)
        let again = try runTool(compiler, [names[1], names[2], names[0], "--output-directory", "again"], in: scratch)
        for run in [forward, backward, again] {
            #expect(run.status == 0, "\(run.stderr)")
        }
        let first = try Self.contents(of: scratch.appendingPathComponent("forward"))
        #expect(first.count == 3)
        #expect(try Self.contents(of: scratch.appendingPathComponent("backward")) == first)
        #expect(try Self.contents(of: scratch.appendingPathComponent("again")) == first)
        // A path elsewhere gives the same file too: only the file's name is written into it.
        let absolute = try runTool(
            compiler,
            [scratch.appendingPathComponent(names[0]).path, "-o", scratch.appendingPathComponent("one.swift").path])
        #expect(absolute.status == 0)
        let one = try Data(contentsOf: scratch.appendingPathComponent("one.swift"))
        #expect(one == first["minimal.framework.swift"])
    }

    @Test(arguments: ["json", "markdown", "csv", "html", "case", "yaml"])
    func exportsAreTheSameOnEveryRun(_ format: String) throws {
        let tool = try #require(Paths.executable("competency"))
        let scratch = try Paths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let names = try Self.threeFrameworks(into: scratch)
        for name in names + [Paths.toolkit.path] {
            var outputs: [Data] = []
            for run in 0..<2 {
                let out = scratch.appendingPathComponent("\(name.split(separator: "/").last!).\(run).\(format)").path
                let result = try runTool(
                    tool, ["export", "--format", format, "--framework", name, "-o", out], in: scratch)
                #expect(result.status == 0, "\(name): \(result.stderr)")
                outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
            }
            #expect(outputs[0] == outputs[1], "\(name) as \(format)")
            #expect(!outputs[0].isEmpty)
        }
    }

    /// YAML-lite → model → JSON → model is the identity (exactly: not even a canonically
    /// equivalent string may change) on every framework in the repository and the bundled
    /// toolkit; so are the framework-file writer and CASE.
    @Test(arguments: Paths.everyLoadingFramework)
    func roundTripsLoseNothing(_ url: URL) throws {
        let file = FrameworkFile.load(path: url.path)
        let framework = try #require(file.framework, "\(url.lastPathComponent) does not load")
        let json = JSONExport.render(framework)
        let decoded = try JSONExport.decode(json)
        #expect(PipelineCheck.strictlyEqual(decoded, framework), "\(PipelineCheck.difference(framework, decoded))")
        #expect(JSONExport.render(decoded) == json)
        let written = FrameworkFile.load(text: FrameworkFileWriter.render(framework), path: "written.framework.yaml")
        #expect(PipelineCheck.strictlyEqual(written.framework, framework))
        let imported = try CASEImport.read(CASEExport.render(framework))
        #expect(PipelineCheck.strictlyEqual(imported.framework, framework))
    }

    @Test func theToolkitIsAmongTheRoundTrippedFrameworks() {
        #expect(Paths.everyLoadingFramework.contains(Paths.toolkit))
        #expect(Paths.everyLoadingFramework.count >= 10)
    }
}

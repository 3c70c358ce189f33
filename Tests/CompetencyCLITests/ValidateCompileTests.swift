import CompetencyTestSupport
import Foundation
import Testing

@Suite("validate and compile")
struct ValidateCompileTests {
    @Test("a clean file passes with a summary")
    func clean() throws {
        let result = try CLI.run(["validate", CLI.fixture("Reading.framework.yaml")])
        #expect(result.status == 0)
        #expect(result.stdout == "1 file checked: 0 errors, 0 warnings\n")
    }

    @Test("errors fail, with caret diagnostics and a summary over every file")
    func errors() throws {
        let broken = CLI.fixture("Broken.framework.yaml")
        let result = try CLI.run([
            "validate", CLI.fixture("Reading.framework.yaml"), broken, CLI.fixture("Warnings.framework.yaml"),
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(broken):14:13: error: "))
        #expect(result.stdout.contains(" 14 |             titel: A misspelt key\n"))
        #expect(result.stdout.contains("warning: "))
        #expect(result.stdout.contains("[F141]"))
        #expect(result.stdout.hasSuffix("3 files checked: 2 errors, 1 warning\n"))
    }

    @Test("warnings pass, unless --strict")
    func strict() throws {
        let path = CLI.fixture("Warnings.framework.yaml")
        let lenient = try CLI.run(["validate", path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasSuffix("1 file checked: 0 errors, 1 warning\n"))
        let strict = try CLI.run(["validate", "--strict", path])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasSuffix("1 file checked: 0 errors, 1 warning (--strict: warnings fail)\n"))
    }

    @Test("validate reads standard input, and the bundled toolkit's source is clean")
    func standardInput() throws {
        let text = try String(contentsOfFile: CLI.fixture("Broken.framework.yaml"), encoding: .utf8)
        let result = try CLI.run(["validate", "-"], stdin: text)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:14:13: error: "))
    }

    @Test("validate --json reports each file's diagnostics")
    func json() throws {
        let result = try CLI.run([
            "validate", "--json", CLI.fixture("Broken.framework.yaml"), CLI.fixture("Reading.framework.yaml"),
        ])
        #expect(result.status == 1)
        let report = try #require(try parseJSON(result.stdout) as? [String: Any])
        #expect(report["errors"] as? Int == 2)
        #expect(report["passed"] as? Bool == false)
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let diagnostics = try #require(files[0]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["F102", "F101"])
        #expect((diagnostics.last?["location"] as? [String: Any])?["line"] as? Int == 14)
        #expect((files[1]["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test("a missing file is reported as an error")
    func missing() throws {
        let result = try CLI.run(["validate", "/nonexistent/file.framework.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no such file"))
        #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n"))
    }

    @Test("compile writes the plugin's Swift, atomically, or to stdout with -o -")
    func compile() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("Reading.swift").path
        let result = try CLI.run(["compile", CLI.fixture("Reading.framework.yaml"), "-o", output])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("public enum ReadingForPleasure: CompetencyFramework.TypedFramework"))
        // Nothing but the file is left behind in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["Reading.swift"])

        let stdout = try CLI.run(["compile", CLI.fixture("Reading.framework.yaml"), "-o", "-"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout == written)
    }

    @Test("compile gives byte for byte what the build plugin generated for the toolkit")
    func sameAsPlugin() throws {
        let generated = try #require(Self.pluginOutput("LeadershipToolkit.framework.swift"))
        let result = try CLI.run(["compile", Repository.toolkit.path, "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: generated, encoding: .utf8)))
    }

    /// The file the build plugin wrote under `<scratch>/plugins/outputs/*/…/GeneratedSources/`.
    static func pluginOutput(_ name: String) -> URL? {
        guard var directory = CompetencyExecutable.executable?.deletingLastPathComponent() else { return nil }
        let manager = FileManager.default
        for _ in 0..<4 {
            let outputs = directory.appendingPathComponent("plugins/outputs")
            if let enumerator = manager.enumerator(at: outputs, includingPropertiesForKeys: nil) {
                for case let url as URL in enumerator
                where url.lastPathComponent == name && url.path.contains("/GeneratedSources/") {
                    return url
                }
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    @Test("compile of a broken file writes nothing and exits 1")
    func compileBroken() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("Broken.swift").path
        let result = try CLI.run(["compile", CLI.fixture("Broken.framework.yaml"), "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[F101]"))
        #expect(result.stderr.contains("|             ^"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

import CompetencyFramework
import CompetencyTestSupport
import Foundation
import FrameworkExport
import FrameworkLoading
import Testing

@Suite("export and import")
struct ExportImportTests {
    static let reading = CLI.fixture("Reading.framework.yaml")

    /// The fixture as `FrameworkLoading` loads it.
    static func readingFramework() throws -> Framework {
        try #require(FrameworkFile.load(path: reading).framework)
    }

    @Test("JSON decodes to the same framework as loading the YAML")
    func json() throws {
        let result = try CLI.run(["export", "--format", "json", "--framework", Self.reading])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let decoded = try JSONDecoder().decode(Framework.self, from: Data(result.stdout.utf8))
        #expect(decoded == (try Self.readingFramework()))
    }

    @Test("the bundled toolkit's JSON decodes, with every component")
    func toolkitJSON() throws {
        let result = try CLI.run(["export", "--format", "json"])
        let decoded = try JSONDecoder().decode(Framework.self, from: Data(result.stdout.utf8))
        #expect(decoded.metadata.id == "leadership-toolkit")
        #expect(decoded.components.count == 70)
        #expect(decoded.levels.count == 3)
    }

    @Test("CSV: components × levels rows plus a header, every row complete, quotes intact")
    func csv() throws {
        let result = try CLI.run(["export", "--format", "csv", "--framework", Self.reading])
        #expect(result.status == 0)
        let records = try CSVRecords.parse(result.stdout)
        let framework = try Self.readingFramework()
        #expect(records.count == framework.components.count * framework.levels.count + 1)
        #expect(records.count == 9)
        let header = try #require(records.first)
        #expect(header.count == 11)
        #expect(records.allSatisfy { $0.count == header.count })
        let descriptor = try #require(header.firstIndex(of: "descriptor"))
        let texts = Set(records.dropFirst().map { $0[descriptor] })
        #expect(texts.contains("read aloud daily with expression, pace and \"voices\", and invite pupils to join in."))
        #expect(texts.contains("with support, organise a book corner by genre."))

        let toolkit = try CSVRecords.parse(try CLI.run(["export", "--format", "csv"]).stdout)
        #expect(toolkit.count == 70 * 3 + 1)
        #expect(toolkit.allSatisfy { $0.count == 11 })
    }

    @Test("Markdown contains every descriptor and gap")
    func markdown() throws {
        let result = try CLI.run(["export", "--format", "markdown"])
        #expect(result.status == 0)
        let toolkit = try JSONDecoder().decode(
            Framework.self, from: Data(try CLI.run(["export", "--format", "json"]).stdout.utf8))
        var missing: [String] = []
        for component in toolkit.components {
            #expect(result.stdout.contains(MarkdownExport.inline(component.code.rawValue)))
            for entry in component.descriptors {
                switch entry.descriptor {
                case .text(let text):
                    if !result.stdout.contains(MarkdownExport.inline(text)) {
                        missing.append("\(component.code) \(entry.level)")
                    }
                case .gap(let reason):
                    if !result.stdout.contains(MarkdownExport.inline(reason)) {
                        missing.append("\(component.code) gap")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "descriptors missing from the Markdown: \(missing)")
    }

    @Test("-o writes a file atomically; -o - writes to stdout")
    func outputFile() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("reading.html").path
        let result = try CLI.run(["export", "--format", "html", "-o", path, "--framework", Self.reading])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<html"))
        #expect(html.contains("Reading for Pleasure"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["reading.html"])

        let stdout = try CLI.run(["export", "--format", "html", "-o", "-", "--framework", Self.reading])
        #expect(stdout.stdout == html)

        // A path under a regular file cannot be created.
        let blocker = directory.appendingPathComponent("reading.html").path
        let unwritable = try CLI.run(["export", "--format", "json", "-o", blocker + "/out.json"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("error: cannot write"))
    }

    @Test("YAML export loads back as the same framework")
    func yaml() throws {
        let result = try CLI.run(["export", "--format", "yaml", "--framework", Self.reading])
        #expect(result.status == 0)
        let file = FrameworkFile.load(text: result.stdout, path: "exported.framework.yaml")
        #expect(file.diagnostics.isEmpty)
        #expect(file.framework == (try Self.readingFramework()))
    }

    @Test("the toolkit's YAML and CASE exports read back as the same framework")
    func toolkitRoundTrips() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try CLI.run(["export", "--format", "json"]).stdout
        let yaml = directory.appendingPathComponent("toolkit.framework.yaml").path
        #expect(try CLI.run(["export", "--format", "yaml", "-o", yaml]).status == 0)
        #expect(try CLI.run(["export", "--format", "json", "--framework", yaml]).stdout == json)

        let package = directory.appendingPathComponent("toolkit.case.json").path
        let imported = directory.appendingPathComponent("imported.framework.yaml").path
        #expect(try CLI.run(["export", "--format", "case", "-o", package]).status == 0)
        let result = try CLI.run(["import", "case", package, "-o", imported])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(try CLI.run(["export", "--format", "json", "--framework", imported]).stdout == json)
    }

    @Test("CASE export and import round-trip to the same framework")
    func caseRoundTrip() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let package = directory.appendingPathComponent("reading.case.json").path
        let exported = try CLI.run(["export", "--format", "case", "-o", package, "--framework", Self.reading])
        #expect(exported.status == 0)
        let json = try #require(try parseJSON(String(contentsOfFile: package, encoding: .utf8)) as? [String: Any])
        #expect(json["CFDocument"] != nil)

        let output = directory.appendingPathComponent("imported.framework.yaml").path
        let imported = try CLI.run(["import", "case", package, "-o", output])
        #expect(imported.status == 0, "\(imported.stderr)")
        let file = FrameworkFile.load(path: output)
        #expect(file.diagnostics.isEmpty)
        #expect(file.framework == (try Self.readingFramework()))
    }

    @Test("import prints the importer's notes to stderr and reads stdin")
    func importNotes() throws {
        // A minimal package from another tool: no CompetencyKit extensions, so the importer
        // has to derive ids and levels, and says so.
        let package = """
            {"CFDocument": {"identifier": "d0c", "uri": "https://example.invalid/d0c", "title": "Tiny",
              "creator": "Someone", "lastChangeDateTime": "2026-01-01T00:00:00Z"},
             "CFItems": [{"identifier": "i1", "uri": "https://example.invalid/i1", "fullStatement": "Be kind",
               "humanCodingScheme": "1", "lastChangeDateTime": "2026-01-01T00:00:00Z"}],
             "CFAssociations": []}
            """
        let result = try CLI.run(["import", "case", "-", "-o", "-"], stdin: package)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("note: "))
        #expect(result.stderr.contains("\"Statement\""))
        let file = FrameworkFile.load(text: result.stdout, path: "imported.framework.yaml")
        let framework = try #require(file.framework)
        #expect(framework.metadata.title == "Tiny")
        #expect(framework.components.map(\.title) == ["Be kind"])
    }

    @Test("import of a file that is not CASE fails cleanly")
    func importNotCASE() throws {
        let result = try CLI.run(["import", "case", Self.reading, "-o", "-"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: cannot import \(Self.reading): the text is not JSON"))

        let wrongFormat = try CLI.run(["import", "csv", Self.reading, "-o", "-"])
        #expect(wrongFormat.status == 2)
    }
}

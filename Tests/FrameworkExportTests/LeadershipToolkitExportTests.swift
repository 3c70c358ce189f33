#if canImport(FrameworkLoading)
    import CompetencyCASE
    import CompetencyFramework
    import CompetencyTestSupport
    import Foundation
    import FrameworkLoading
    import FrameworkExport
    import Testing

    /// Every export of the real bundled framework, loaded from its framework file. Only in the
    /// main package, where `FrameworkLoading` can load it.
    ///
    /// Set `COMPETENCYKIT_EXPORT_DIR` to a folder to also write every export there, for example to
    /// check the CASE package with `scripts/check-case-schema.py`.
    @Suite struct LeadershipToolkitExportTests {
        static func toolkit() throws -> Framework {
            let file = FrameworkFile.load(path: Repository.toolkit.path)
            #expect(!file.hasErrors, "\(file.diagnostics.map(file.render))")
            return try #require(file.framework)
        }

        @Test func shape() throws {
            let framework = try Self.toolkit()
            #expect(framework.levels.count == 3)
            #expect(framework.domains.count == 4)
            #expect(framework.components.count == 70)
            #expect(framework.components.contains { !$0.gaps.isEmpty })
        }

        @Test func frameworkFileWriterRoundTrip() throws {
            let framework = try Self.toolkit()
            let text = FrameworkFileWriter.render(framework)
            let file = FrameworkFile.load(text: text, path: "rewritten.framework.yaml")
            #expect(!file.hasErrors, "\(file.diagnostics.map(file.render))")
            #expect(file.framework == framework)
            // Only literal blocks (text with line breaks, kept as written) run past the line width.
            var literalIndent: Int?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let indent = line.prefix { $0 == " " }.count
                if let block = literalIndent, line.isEmpty || indent > block { continue }
                literalIndent = line.hasSuffix(": |-") || line.hasSuffix("- |-") ? indent : nil
                #expect(line.count <= FrameworkFileWriter.lineWidth, "\(line)")
            }
        }

        @Test func caseRoundTrip() throws {
            let framework = try Self.toolkit()
            let text = CASEExport.render(framework)
            #expect(text == CASEExport.render(framework))
            let result = try CASEImport.read(text)
            #expect(result.framework == framework)
            #expect(result.notes.isEmpty)
        }

        @Test func jsonCSVMarkdownAndHTML() throws {
            let framework = try Self.toolkit()
            #expect(try JSONExport.decode(JSONExport.render(framework)) == framework)
            let records = try CSVRecords.parse(CSVExport.render(framework))
            #expect(records.count == 1 + 70 * 3)
            #expect(records.allSatisfy { $0.count == 11 })
            let markdown = MarkdownExport.render(framework)
            #expect(markdown.components(separatedBy: "\n#### ").count - 1 == 70)
            #expect(markdown.components(separatedBy: "Descriptors continue the stem \"A leader will\".").count == 2)
            let html = HTMLExport.render(framework)
            let ids = try HTMLChecker.check(html)
            for component in framework.components { #expect(ids.contains(component.code.rawValue)) }
            for (_, _, descriptor) in framework.allDescriptors {
                switch descriptor {
                case .text(let text): #expect(html.contains(HTMLExport.escape(text)))
                case .gap(let reason): #expect(html.contains("<strong>Gap:</strong> " + HTMLExport.escape(reason)))
                }
            }
        }

        @Test func writeExportsWhenAsked() throws {
            guard let directory = ProcessInfo.processInfo.environment["COMPETENCYKIT_EXPORT_DIR"] else { return }
            let framework = try Self.toolkit()
            let folder = URL(fileURLWithPath: directory)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let outputs = [
                ("leadership-toolkit.json", JSONExport.render(framework)),
                ("leadership-toolkit.md", MarkdownExport.render(framework)),
                ("leadership-toolkit.csv", CSVExport.render(framework)),
                ("leadership-toolkit.html", HTMLExport.render(framework)),
                ("leadership-toolkit.framework.yaml", FrameworkFileWriter.render(framework)),
                ("leadership-toolkit.case.json", CASEExport.render(framework)),
            ]
            for (name, text) in outputs {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            }
        }
    }
#endif

import CompetencyFramework
import CompetencyTestSupport
import FrameworkExport
import Testing
import YAMLLite

@Suite struct FrameworkFileWriterTests {
    @Test func writesEveryComponentCodeAndTheDocumentedShape() throws {
        let framework = try Fixtures.small()
        let text = FrameworkFileWriter.render(framework)
        for component in framework.components {
            #expect(
                text.contains(
                    "\n          - code: \(ScalarStyle.scalar(component.code.rawValue))\n            title: "))
        }
        #expect(
            text.hasPrefix(
                "id: reading-for-pleasure\ntitle: Reading for Pleasure\nversion: \"1.0\"\ndate: 2026-09-01\n"))
        #expect(text.contains("\n\nlevels:\n  - id: developing\n    name: Developing\n"))
        #expect(text.contains("\n\ndomains:\n  - code: \"1\"\n    title: Reading culture\n"))
        #expect(
            text.contains(
                "            descriptors:\n              developing: share a book they are reading each week.\n              leading: |-\n                run a staff book club,\n                with two lines & <tags>.\n            gaps:\n              secure: the source document has no text for this level\n"
            ))
        #expect(
            text.contains(
                "description: |-\n  A small framework for teachers who want every pupil to choose to read.\n\n  It has two paragraphs"
            ))
        #expect(!text.contains("\t"))
        #expect(text.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func foldsLongTextAtTheLineWidth() throws {
        let long = Array(repeating: "a leader will model the behaviour they expect of others", count: 6).joined(
            separator: " ")
        var framework = try Fixtures.small()
        framework.metadata.description = long
        framework.domains[0].subdomains[0].components[0].descriptors[0] = LevelDescriptor(
            level: "developing", .text(long))
        let text = FrameworkFileWriter.render(framework)
        #expect(text.contains("description: >-\n  a leader will model"))
        #expect(text.contains("developing: >-\n                a leader will model"))
        for line in text.split(separator: "\n") { #expect(line.count <= FrameworkFileWriter.lineWidth, "\(line)") }
        // Folding joins the lines with single spaces: the words read back unchanged.
        let folded = text.components(separatedBy: "description: >-\n")[1].split(separator: "\n").prefix {
            $0.hasPrefix("  ") && !$0.hasPrefix("  -")
        }
        #expect(folded.map { $0.dropFirst(2) }.joined(separator: " ") == long)
    }
}

#if canImport(FrameworkLoading)
    import FrameworkLoading

    /// The writer's output read back by the project's own loader (only in the main package,
    /// where the YAML-lite parser and `FrameworkLoading` exist).
    @Suite struct FrameworkFileRoundTripTests {
        @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
        func loaderReadsBackTheSameFramework(fixture: String) throws {
            let framework = try Fixtures.framework(fixture)
            let file = FrameworkFile.load(text: FrameworkFileWriter.render(framework), path: fixture)
            #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(file.render))")
            #expect(file.framework == framework)
        }

        @Test func trickyStringsSurviveTheLoader() throws {
            var generator = SeededGenerator(seed: 17)
            for _ in 0..<150 {
                var texts: [String] = []
                for _ in 0..<4 {
                    var text = TrickyStrings.string(using: &generator, maxLength: 30)
                    if text.isEmpty { text = "x" }
                    texts.append(text)
                }
                let framework = Framework(
                    metadata: FrameworkMetadata(
                        id: "tricky", title: texts[0], description: texts[1], notes: [texts[2]]),
                    levels: [
                        ProficiencyLevel(id: "a", name: "A", indicators: [texts[3]]),
                        ProficiencyLevel(id: "b", name: "B"),
                    ],
                    domains: [
                        Domain(
                            code: "1", title: texts[1],
                            subdomains: [
                                Subdomain(
                                    code: "1a", title: texts[2],
                                    components: [
                                        Component(
                                            code: "1a.i", title: texts[3],
                                            descriptors: [
                                                LevelDescriptor(level: "a", .text(texts[0])),
                                                LevelDescriptor(level: "b", .gap(reason: texts[1])),
                                            ],
                                            notes: texts[2])
                                    ])
                            ])
                    ])
                let text = FrameworkFileWriter.render(framework)
                let file = FrameworkFile.load(text: text, path: "tricky.framework.yaml")
                // Warnings about the text itself (stray or invisible characters) are expected;
                // errors and a different framework are not.
                #expect(!file.hasErrors, "\(file.diagnostics.map(file.render))\n\(text)")
                #expect(file.framework == framework, "\(text)")
            }
        }
    }
#endif

import CompetencyFramework
import FrameworkExport
import Testing

@Suite struct MarkdownExportTests {
    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func containsEveryComponentAndDescriptor(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let markdown = MarkdownExport.render(framework)
        for component in framework.components {
            #expect(
                markdown.contains("\n#### \(MarkdownExport.inline(component.code.rawValue + " " + component.title))\n"))
        }
        let levelNames = Dictionary(uniqueKeysWithValues: framework.levels.map { ($0.id, $0.name) })
        for (_, level, descriptor) in framework.allDescriptors {
            let name = MarkdownExport.inline(levelNames[level] ?? level)
            switch descriptor {
            case .text(let text):
                let cell = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { MarkdownExport.inline(String($0)) }.joined(separator: "<br>")
                #expect(markdown.contains("\n| \(name) | \(cell) |\n"))
            case .gap(let reason):
                #expect(markdown.contains("\n| \(name) | *(gap: \(MarkdownExport.inline(reason)))* |\n"))
            }
        }
        #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
    }

    @Test func showsTheStemOnceAndTheIntroduction() throws {
        let markdown = MarkdownExport.render(try Fixtures.small())
        #expect(markdown.hasPrefix("# Reading for Pleasure\n"))
        #expect(markdown.components(separatedBy: "A teacher will").count == 2)
        #expect(markdown.contains("Descriptors continue the stem \"A teacher will\"."))
        #expect(markdown.contains("\n> \"Books are a uniquely portable magic.\" — Stephen King\n"))
        #expect(markdown.contains("\n## Levels\n\nDescriptors continue"))
        #expect(
            markdown.contains("\n### Developing\n\nTeachers at this level are building their practice.\n\n- read aloud")
        )
        #expect(markdown.contains("\n## 1 Reading culture\n\nHow the classroom invites reading.\n"))
        #expect(markdown.contains("1. Where this document says 'pupil', it means any child in the school.\n2. Costs"))
    }

    @Test func escapesTableCellsAndMarkdownSyntax() throws {
        let markdown = MarkdownExport.render(try Fixtures.small())
        #expect(markdown.contains("| Leading | =SUM(1,2) is not a formula; \"quotes\", commas, and a \\| pipe. |"))
        #expect(markdown.contains("| Leading | run a staff book club,<br>with two lines & \\<tags\\>. |"))
        #expect(markdown.contains("#### 1a.ii Talk about books \\<b\\>daily\\</b\\>"))
        #expect(markdown.contains("*(gap: no text: see note \\*below\\*)*"))
        #expect(markdown.contains("- \\- keep a reading log"))
        #expect(markdown.contains("It has two paragraphs, \\*stars\\*, \\<angle brackets\\> & an ampersand."))
        // Every table row has exactly three unescaped pipes.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            var pipes = 0
            var escaped = false
            for character in line {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true } else if character == "|" { pipes += 1 }
            }
            #expect(pipes == 3, "\(line)")
        }
    }

    @Test func inlineEscaping() {
        #expect(MarkdownExport.inline("a|b") == "a\\|b")
        #expect(
            MarkdownExport.inline("*x* _y_ `z` [l](u) <t> #h ~s~ $m$ \\")
                == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<t\\> \\#h \\~s\\~ \\$m\\$ \\\\")
        #expect(MarkdownExport.inline("Q&A &amp; &#38; & x") == "Q&A \\&amp; \\&\\#38; & x")
        #expect(MarkdownExport.inline("plain words, 50% (ok).") == "plain words, 50% (ok).")
    }

    @Test func escapesBlockMarkersAtTheStartOfALine() {
        let framework = Framework(
            metadata: FrameworkMetadata(
                id: "x", title: "T",
                description:
                    "1. not a list\n- not a bullet\n+ nor this\n===\n# not a heading\n> not a quote\n2024 is fine\n1.5 is fine"
            ),
            levels: [ProficiencyLevel(id: "a", name: "A")], domains: [])
        let markdown = MarkdownExport.render(framework)
        #expect(
            markdown.contains(
                "1\\. not a list\\\n\\- not a bullet\\\n\\+ nor this\\\n\\===\\\n\\# not a heading\\\n\\> not a quote\\\n2024 is fine\\\n1.5 is fine\n"
            ))
    }
}

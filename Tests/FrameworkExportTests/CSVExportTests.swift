import CompetencyFramework
import CompetencyTestSupport
import FrameworkExport
import Testing

@Suite struct CSVExportTests {
    @Test(arguments: ["small.framework.json", "digital-skills.framework.json"])
    func hasOneRowPerComponentAndLevelWithExactFields(fixture: String) throws {
        let framework = try Fixtures.framework(fixture)
        let records = try CSVRecords.parse(CSVExport.render(framework))
        #expect(records.first == CSVExport.header)
        #expect(records.count == 1 + framework.components.count * framework.levels.count)
        #expect(records.allSatisfy { $0.count == 11 })
        var expected: [[String]] = []
        for domain in framework.domains {
            for subdomain in domain.subdomains {
                for component in subdomain.components {
                    for (index, level) in framework.levels.enumerated() {
                        let descriptor = try #require(component.descriptor(at: level))
                        var reason = ""
                        if case .gap(let text) = descriptor { reason = text }
                        expected.append([
                            domain.code.rawValue, domain.title, subdomain.code.rawValue, subdomain.title,
                            component.code.rawValue, component.title, String(index + 1), level.id, level.name,
                            descriptor.text ?? "", reason,
                        ])
                    }
                }
            }
        }
        #expect(Array(records.dropFirst()) == expected)
    }

    @Test func quotesOnlyWhatNeedsQuotingAndKeepsFormulasExact() throws {
        let text = CSVExport.render(try Fixtures.small())
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains(",\"=SUM(1,2) is not a formula; \"\"quotes\"\", commas, and a | pipe.\","))
        #expect(text.contains(",share a book they are reading each week.,"))
        #expect(text.contains(",\"run a staff book club,\nwith two lines & <tags>.\","))
        #expect(text.contains(",-offer two books to choose from.,"))
        #expect(text.contains(",Secure,,the source document has no text for this level\r\n"))
    }

    @Test func guardsFormulasOnlyWhenAsked() throws {
        let records = try CSVRecords.parse(CSVExport.render(try Fixtures.small(), guardingFormulas: true))
        let descriptors = records.dropFirst().map { $0[9] }
        #expect(descriptors.contains("'=SUM(1,2) is not a formula; \"quotes\", commas, and a | pipe."))
        #expect(descriptors.contains("'-offer two books to choose from."))
        #expect(
            descriptors.contains("'@mention pupils' own suggestions in the library order; café, naïve, 中文, emoji 📚."))
        #expect(descriptors.contains("with support, organise a book corner by genre."))
    }

    @Test func fieldQuoting() {
        #expect(CSVExport.field("plain text") == "plain text")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVExport.field("carriage\rreturn") == "\"carriage\rreturn\"")
        #expect(CSVExport.field("") == "")
        #expect(CSVExport.field("=1+1") == "=1+1")
    }

    @Test func randomFieldsSurviveTheRoundTrip() throws {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let fields = (0..<4).map { _ in TrickyStrings.string(using: &generator) }
            let line = fields.map(CSVExport.field).joined(separator: ",") + "\r\n"
            #expect(try CSVRecords.parse(line) == [fields])
        }
    }
}

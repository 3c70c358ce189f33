import CompetencyFramework
import Testing

@Suite struct SearchTests {
    let framework: Framework

    init() throws {
        framework = try SampleFramework.load()
    }

    @Test func matchesWordPrefixesIgnoringCase() {
        let results = framework.search("COACH")
        #expect(
            results.map(\.code) == ["2a", "2a.i", "2a.i", "2a.i"], "subdomain title, component title, then descriptors")
        #expect(results.first?.field == .title)
    }

    @Test func ranksTextsWithEveryWordFirst() {
        let results = framework.search("sequencing school")
        #expect(results.first?.code == "1a.i")
        #expect(results.first?.field == .descriptor(level: "leading"))
    }

    @Test func marksMatchedWords() throws {
        let match = try #require(framework.search("understanding").first)
        #expect(match.ranges.map { String(match.text[$0]) } == ["understanding"])
    }

    @Test func emptyQueryFindsNothing() {
        #expect(framework.search("  ,, ").isEmpty)
    }

    @Test func wordsKeepApostrophes() {
        #expect(
            TextWords.words(in: "the school's ethos, and pupils’ work").map(String.init) == [
                "the", "school's", "ethos", "and", "pupils", "work",
            ])
    }
}

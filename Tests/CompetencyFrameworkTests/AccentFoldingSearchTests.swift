import CompetencyFramework
import CompetencyTestSupport
import Testing

/// Search sets accents, case and quote shapes aside, as people type: a Welsh school searching
/// "dwr" means "Dŵr".
@Suite struct AccentFoldingSearchTests {
    static let text = """
        id: cymraeg
        title: Cymraeg
        levels:
          - id: first
            name: First
          - id: second
            name: Second
        domains:
          - code: "1"
            title: Dŵr a'r amgylchedd
            subdomains:
              - code: 1a
                title: Ymweld â'r caffi
                components:
                  - code: 1a.i
                    title: Order at the café
                    descriptors:
                      first: read the résumé of the Straße’s history.
                      second: read the resume aloud.
                  - code: 1a.ii
                    title: Cafe culture
                    descriptors:
                      first: explain what ŷd and ẁyn are.
                      second: write "a quote" about Æsop.

        """

    let framework: Framework

    init() throws {
        framework = try FrameworkYAML.load(Self.text)
    }

    @Test("letters match without their accents, both ways")
    func accentsAreSetAside() {
        #expect(framework.search("dwr").map(\.code) == ["1"])
        #expect(framework.search("DWR").map(\.code) == ["1"])
        #expect(framework.search("ymweld a'r").first?.code == "1a")
        #expect(framework.search("strasse").map(\.code) == ["1a.i"])
        #expect(framework.search("straße").map(\.code) == ["1a.i"])
        #expect(framework.search("yd").map(\.code) == ["1a.ii"])
        #expect(framework.search("wyn").map(\.code) == ["1a.ii"])
        #expect(framework.search("aesop").map(\.code) == ["1a.ii"])
        #expect(Set(framework.search("café").map(\.code)) == ["1a.i", "1a.ii"])
    }

    @Test("a decomposed accent (e + U+0301) is the same as a composed one")
    func decomposedAccents() {
        #expect(Set(framework.search("cafe\u{301}").map(\.code)) == ["1a.i", "1a.ii"])
    }

    @Test("curly and straight apostrophes are the same")
    func quotes() {
        #expect(framework.search("straße’s").map(\.code) == ["1a.i"])
        #expect(framework.search("strasse's").map(\.code) == ["1a.i"])
    }

    @Test("highlighting marks the text's own characters")
    func rangesMarkTheOriginal() throws {
        let match = try #require(framework.search("dwr").first)
        #expect(match.ranges.map { String(match.text[$0]) } == ["Dŵr"])
        let strasse = try #require(framework.search("strasse").first)
        #expect(strasse.ranges.map { String(strasse.text[$0]) } == ["Straße’s"])
    }

    @Test("words spelt as typed rank above words that match only without accents")
    func exactSpellingRanksFirst() {
        #expect(framework.search("café").first?.code == "1a.i", "the title spelt café first")
        #expect(framework.search("cafe").first?.code == "1a.ii", "the title spelt cafe first")
        let resume = framework.search("résumé").filter { $0.code == "1a.i" }
        #expect(resume.first?.field == .descriptor(level: "first"))
        let plain = framework.search("resume").filter { $0.code == "1a.i" }
        #expect(plain.first?.field == .descriptor(level: "second"))
    }
}

import CompetencyKitInternals
import CompetencyTestSupport
import Testing

/// The edit distance behind every "did you mean" hint, and the suggestions built on it.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0), ("kitten", "sitting", 3),
        ("flaw", "lawn", 2), ("title", "titel", 1), ("ab", "ba", 1), ("show", "shwo", 1), ("1a.iv", "1a.vi", 1),
        // Unicode scalars, not characters: "é" written as "e" and a combining accent is two.
        ("café", "cafe", 1), ("caf\u{E9}", "cafe\u{301}", 2), ("中文", "中", 1),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
    }

    /// Properties any edit distance has, on random short words over a small alphabet (so
    /// that words share letters and swaps happen).
    @Test func isAMeasureOfDifference() {
        var generator = SeededGenerator(seed: 29)
        func word() -> String {
            String((0..<Int.random(in: 0...7, using: &generator)).map { _ in "abcd".randomElement(using: &generator)! })
        }
        for _ in 0..<500 {
            let (a, b) = (word(), word())
            let distance = EditDistance.between(a, b)
            #expect(distance == EditDistance.between(b, a), "\(a) \(b)")
            #expect((distance == 0) == (a == b), "\(a) \(b)")
            #expect(distance >= abs(a.count - b.count), "\(a) \(b)")
            #expect(distance <= max(a.count, b.count), "\(a) \(b)")
        }
    }

    @Test(arguments: [
        ("titel", ["title", "version"], "title"), ("TITEL", ["Title"], "Title"),
        // A word that starts only one candidate is that candidate, however far it is.
        ("val", ["validate", "show"], "validate"), ("shwo", ["show", "search"], "show"),
    ])
    func suggests(_ word: String, _ candidates: [String], _ expected: String) {
        #expect(EditDistance.suggestion(for: word, among: candidates) == expected)
    }

    @Test(arguments: [
        // Empty; one letter is too short to stand for a prefix; two candidates share the
        // prefix and neither is close; nothing is close.
        ("", ["title"]), ("v", ["validate"]), ("se", ["search", "select"]), ("zzzzzz", ["title", "stem"]),
        ("title", [String]()),
    ])
    func suggestsNothingFar(_ word: String, _ candidates: [String]) {
        #expect(EditDistance.suggestion(for: word, among: candidates) == nil)
    }

    /// How far a suggestion may be grows with the word: one edit up to five letters, two
    /// up to eight, three beyond.
    @Test func howFarASuggestionMayBe() {
        #expect(EditDistance.suggestion(for: "ttle", among: ["title"]) == "title")
        #expect(EditDistance.suggestion(for: "tle", among: ["title"]) == nil)
        #expect(EditDistance.suggestion(for: "dscrptrs", among: ["descriptors"]) == nil)
        #expect(EditDistance.suggestion(for: "dscrptors", among: ["descriptors"]) == "descriptors")
        #expect(EditDistance.suggestion(for: "dscrptors", among: ["zzzzzzzzzzz"]) == nil)
    }

    @Test func sharedEndsRankEquallyDistantCodes() {
        #expect(EditDistance.sharedEnds("1a.v", "1a.iv") == 4)
        #expect(EditDistance.sharedEnds("1a.v", "1a.i") == 3)
        #expect(EditDistance.sharedEnds("1a.v", "1c.v") == 3)
        #expect(EditDistance.sharedEnds("", "1a") == 0)
    }
}

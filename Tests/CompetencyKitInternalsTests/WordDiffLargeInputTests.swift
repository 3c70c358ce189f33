import CompetencyKitInternals
import CompetencyTestSupport
import Testing

/// Two texts of 50,000 words: the diff finishes (within the step limit, so in about a second;
/// nothing here measures time) and the runs give back both texts word for word.
@Suite struct WordDiffLargeInputTests {
    static func expectRunsGiveBack(_ old: String, _ new: String, _ runs: [WordDiff.Run]) {
        #expect(runs.oldWords == WordDiff.words(old))
        #expect(runs.newWords == WordDiff.words(new))
        // Runs alternate: no empty run, and never two of one kind in a row.
        #expect(runs.allSatisfy { !$0.text.isEmpty })
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.change != $1.change })
    }

    @Test("no word in common: past the step limit, everything removed then added")
    func entirelyDifferentTexts() {
        let old = (0..<50_000).map { "old\($0 % 5000)" }.joined(separator: " ")
        let new = (0..<50_000).map { "new\($0 % 5000)" }.joined(separator: " ")
        let runs = WordDiff.diff(from: old, to: new)
        Self.expectRunsGiveBack(old, new, runs)
        #expect(runs.map(\.change) == [.removed, .added])
        #expect(WordDiff.counts(runs) == (added: 50_000, removed: 50_000))
    }

    @Test("different texts of common words: coarse past the step limit, still exact about both")
    func differentTextsOfCommonWords() {
        var generator = SeededGenerator(seed: 3)
        let vocabulary = ["the", "and", "of", "to", "a", "leaders", "pupils"] + (0..<2000).map { "w\($0)" }
        let shared = ["a", "leader", "will"]
        let old = (shared + RandomText.words(50_000, from: vocabulary, using: &generator)).joined(separator: " ")
        let new = (shared + RandomText.words(50_000, from: vocabulary, using: &generator)).joined(separator: " ")
        let script = WordDiff.script(from: WordDiff.words(old), to: WordDiff.words(new))
        #expect(!script.isMinimal)
        let runs = WordDiff.diff(from: old, to: new)
        Self.expectRunsGiveBack(old, new, runs)
        #expect(runs.first == WordDiff.Run(change: .same, text: "a leader will"))
    }

    @Test("1,000 scattered changes: the fewest edits, found within the step limit")
    func similarTexts() {
        var generator = SeededGenerator(seed: 4)
        let vocabulary = (0..<3000).map { "w\($0)" }
        let oldWords = RandomText.words(50_000, from: vocabulary, using: &generator)
        var newWords = oldWords
        for _ in 0..<1000 {
            let index = Int.random(in: 0..<newWords.count, using: &generator)
            if Bool.random(using: &generator) {
                newWords.insert("inserted", at: index)
            } else {
                newWords.remove(at: index)
            }
        }
        let (old, new) = (oldWords.joined(separator: " "), newWords.joined(separator: " "))
        let script = WordDiff.script(from: WordDiff.words(old), to: WordDiff.words(new))
        #expect(script.isMinimal)
        #expect(script.edits.cost <= 1000)
        Self.expectRunsGiveBack(old, new, WordDiff.diff(from: old, to: new))
    }
}

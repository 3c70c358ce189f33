import CompetencyKitInternals
import CompetencyTestSupport
import LeadershipToolkit
import Testing

/// The linear-space word diff against the table it replaced (`ReferenceWordDiff`): the same
/// edit script, hence the same runs, on thousands of random texts and on every descriptor of
/// the bundled toolkit.
@Suite struct WordDiffOracleTests {
    /// Words that repeat a lot, so that many scripts are equally short and ties are tested.
    static let vocabulary = ["a", "leader", "will", "the", "and", "team", "of", "pupils", "lead", "to"]

    static func expectSameAsReference(_ old: String, _ new: String) {
        let (a, b) = (WordDiff.words(old), WordDiff.words(new))
        let script = WordDiff.script(from: a, to: b)
        let reference = ReferenceWordDiff.steps(a, b).map(\.0)
        let changes = script.edits.map { edit -> WordDiff.Change in
            switch edit {
            case .keep: .same
            case .delete: .removed
            case .insert: .added
            }
        }
        #expect(script.isMinimal, "\(old) → \(new)")
        #expect(changes == reference, "\(old) → \(new)")
        #expect(WordDiff.diff(from: old, to: new) == ReferenceWordDiff.diff(from: old, to: new), "\(old) → \(new)")
    }

    @Test("5,000 random pairs of up to 30 words from 2 to 10 distinct ones")
    func shortRandomTexts() {
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<5000 {
            let vocabulary = Array(Self.vocabulary.prefix(Int.random(in: 2...10, using: &generator)))
            let old = RandomText.words(Int.random(in: 0...30, using: &generator), from: vocabulary, using: &generator)
            let new = RandomText.words(Int.random(in: 0...30, using: &generator), from: vocabulary, using: &generator)
            Self.expectSameAsReference(old.joined(separator: " "), new.joined(separator: " "))
        }
    }

    @Test("200 random pairs of up to 300 words, the second an edit of the first")
    func longerRandomEdits() {
        var generator = SeededGenerator(seed: 2)
        let vocabulary = Self.vocabulary + (0..<40).map { "word\($0)" }
        for _ in 0..<200 {
            let old = RandomText.words(Int.random(in: 0...300, using: &generator), from: vocabulary, using: &generator)
            var new = old
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                let index = Int.random(in: 0...new.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where index < new.count: new.remove(at: index)
                case 1 where index < new.count: new[index] = vocabulary.randomElement(using: &generator)!
                default: new.insert(vocabulary.randomElement(using: &generator)!, at: index)
                }
            }
            Self.expectSameAsReference(old.joined(separator: " "), new.joined(separator: " "))
        }
    }

    @Test("every level of every component of the toolkit against the level before it")
    func theToolkitsDescriptors() {
        var compared = 0
        for component in LeadershipToolkit.framework.components {
            let texts = component.descriptors.compactMap { entry -> String? in
                if case .text(let text) = entry.descriptor { return text }
                return nil
            }
            for (old, new) in zip(texts, texts.dropFirst()) {
                Self.expectSameAsReference(old, new)
                compared += 1
            }
        }
        #expect(compared >= 100)
    }
}

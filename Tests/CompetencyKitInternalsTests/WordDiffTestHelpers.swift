import CompetencyKitInternals
import CompetencyTestSupport

/// Texts made of words drawn from a vocabulary.
enum RandomText {
    static func words(_ count: Int, from vocabulary: [String], using generator: inout SeededGenerator) -> [String] {
        (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }
    }
}

extension [WordDiff.Run] {
    /// The words of the old text, read back from the runs: shared and removed words.
    var oldWords: [Substring] { words { $0 != .added } }

    /// The words of the new text, read back from the runs: shared and added words.
    var newWords: [Substring] { words { $0 != .removed } }

    private func words(where include: (WordDiff.Change) -> Bool) -> [Substring] {
        filter { include($0.change) }.flatMap { WordDiff.words($0.text) }
    }
}

extension [ShortestEditScript.Edit] {
    /// How many symbols the script deletes and inserts.
    var cost: Int { count { $0 != .keep } }
}

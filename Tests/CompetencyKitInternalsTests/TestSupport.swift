import CompetencyKitInternals

/// A small deterministic random number generator (SplitMix64), so that generated inputs are
/// the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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

/// A word-level difference between two texts: the fewest words removed and added (a longest
/// common subsequence of their words, found by ``ShortestEditScript``), grouped into runs
/// that read well.
///
/// Memory is proportional to the number of words, and so is time for texts that share most
/// of their words. The search for the fewest changes is capped at ``stepLimit`` steps, so that
/// any two texts, however long and however different, are compared in about a second. Within
/// the cap the diff is minimal, which covers any two texts with up to 6,000 words between
/// them after their shared start, and ordinary texts of up to 200,000 words that differ by up
/// to 5,000. Past the cap it is coarse but still exact about both texts: their shared start
/// and end are kept, and everything between is shown removed, then added.
package enum WordDiff {
    /// What happened to a run of words.
    package enum Change: String, Hashable, Sendable, Codable {
        case same, added, removed
    }

    /// A run of words with one change, joined by single spaces.
    package struct Run: Hashable, Sendable, Codable {
        package var change: Change
        package var text: String

        package init(change: Change, text: String) {
            self.change = change
            self.text = text
        }
    }

    /// The most steps (see ``ShortestEditScript/edits(from:to:stepLimit:)``) spent looking for
    /// the fewest changes before settling for a coarse diff: about a second in a debug build,
    /// a sixth of that in a release build. Texts with N words between them and little in common
    /// take up to about N² / 2 steps; texts that share most of their words and differ by D
    /// words, a little over D² / 2.
    package static let stepLimit = 20_000_000

    /// The words of `text`: maximal runs of non-whitespace, punctuation attached.
    ///
    /// Whitespace is found scalar by scalar, not `Character` by `Character`: a combining mark
    /// after a space makes one `Character` of both, which is not whitespace, and would hide the
    /// space inside a word. So a run's text, its words joined by spaces, splits back into
    /// exactly its words.
    package static func words(_ text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map(Substring.init)
    }

    /// The runs that turn `old` into `new`. Where words are replaced, the removed words come
    /// before the added ones; words both texts share are shown as `old` has them (they may
    /// differ from `new`'s in Unicode normalization, which `==` ignores).
    package static func diff(from old: String, to new: String, stepLimit: Int = stepLimit) -> [Run] {
        let a = words(old)
        let b = words(new)
        return runs(a, b, script(from: a, to: b, stepLimit: stepLimit).edits)
    }

    /// The word edits that turn `a` into `b`, and whether they are the fewest possible
    /// (`false` when the search ran out of steps and fell back to replacing everything between
    /// the shared start and end).
    package static func script(
        from a: [Substring], to b: [Substring], stepLimit: Int = stepLimit
    ) -> (edits: [ShortestEditScript.Edit], isMinimal: Bool) {
        // Equal words get equal numbers, so the search compares integers; a dictionary's
        // keys compare as `==` does, so canonically equivalent words count as equal.
        var numbers: [Substring: Int] = [:]
        var symbols: [[Int]] = []
        for words in [a, b] {
            var numbered: [Int] = []
            numbered.reserveCapacity(words.count)
            for word in words {
                if let number = numbers[word] {
                    numbered.append(number)
                } else {
                    let number = numbers.count
                    numbers[word] = number
                    numbered.append(number)
                }
            }
            symbols.append(numbered)
        }
        if let edits = ShortestEditScript.edits(from: symbols[0], to: symbols[1], stepLimit: stepLimit) {
            return (edits, true)
        }
        let shared = min(a.count, b.count)
        let start = zip(symbols[0], symbols[1]).prefix { $0 == $1 }.count
        let end = zip(symbols[0].reversed(), symbols[1].reversed()).prefix(shared - start).prefix { $0 == $1 }.count
        var edits = [ShortestEditScript.Edit](repeating: .keep, count: start)
        edits += repeatElement(.delete, count: a.count - start - end)
        edits += repeatElement(.insert, count: b.count - start - end)
        edits += repeatElement(.keep, count: end)
        return (edits, false)
    }

    /// How many words were added and removed.
    package static func counts(_ runs: [Run]) -> (added: Int, removed: Int) {
        var added = 0
        var removed = 0
        for run in runs {
            let count = words(run.text).count
            switch run.change {
            case .added: added += count
            case .removed: removed += count
            case .same: break
            }
        }
        return (added, removed)
    }
}

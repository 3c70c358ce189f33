extension WordDiff {
    /// The runs of an edit script, with a word or two that two larger changes happen to share
    /// ("and", "the") folded into the changes around it, so that a rewritten sentence reads as
    /// one removal and one addition rather than a scatter of fragments.
    static func runs(_ a: [Substring], _ b: [Substring], _ edits: [ShortestEditScript.Edit]) -> [Run] {
        // Segments alternate between shared words and changes. Folding only ever makes a
        // change longer, which can only allow more folds, so folding at the end of a stack as
        // segments arrive reaches the same result as folding anywhere until nothing changes,
        // in time proportional to the number of segments.
        var stack: [Segment] = []
        var (index, i, j) = (0, 0, 0)
        while index < edits.count {
            let (start, startI, startJ) = (index, i, j)
            let isChange = edits[index] != .keep
            while index < edits.count, (edits[index] != .keep) == isChange {
                switch edits[index] {
                case .keep: (i, j) = (i + 1, j + 1)
                case .delete: i += 1
                case .insert: j += 1
                }
                index += 1
            }
            stack.append(Segment(isChange: isChange, edits: start..<index, a: startI, b: startJ, words: index - start))
            while stack.count >= 3,
                let folded = Segment.folding(stack[stack.count - 3], stack[stack.count - 2], stack[stack.count - 1])
            {
                stack.removeLast(3)
                stack.append(folded)
            }
        }
        return stack.flatMap { $0.runs(a, b, edits) }
    }

    /// Either words both texts share, or a place where words were removed and added: a stretch
    /// of the edit script.
    private struct Segment {
        var isChange: Bool
        var edits: Range<Int>
        /// Where the stretch starts in the old and the new words.
        var a: Int
        var b: Int
        /// Shared words, or removed plus added ones (shared words folded in count twice).
        var words: Int

        /// A change, a word or two shared, and a change, as one change, if the shared words
        /// are few beside the changes.
        static func folding(_ left: Segment, _ shared: Segment, _ right: Segment) -> Segment? {
            guard left.isChange, !shared.isChange, right.isChange, shared.words <= 2,
                min(left.words, right.words) >= 2 * shared.words + 1
            else { return nil }
            return Segment(
                isChange: true, edits: left.edits.lowerBound..<right.edits.upperBound, a: left.a, b: left.b,
                words: left.words + 2 * shared.words + right.words)
        }

        /// The segment's runs: its shared words, or its removed words then its added ones.
        func runs(_ a: [Substring], _ b: [Substring], _ edits: [ShortestEditScript.Edit]) -> [Run] {
            guard isChange else {
                return [Run(change: .same, text: a[self.a..<self.a + self.edits.count].joined(separator: " "))]
            }
            var removed: [Substring] = []
            var added: [Substring] = []
            var (i, j) = (self.a, self.b)
            for edit in edits[self.edits] {
                switch edit {
                case .keep:
                    removed.append(a[i])
                    added.append(a[i])
                    (i, j) = (i + 1, j + 1)
                case .delete:
                    removed.append(a[i])
                    i += 1
                case .insert:
                    added.append(b[j])
                    j += 1
                }
            }
            var runs: [Run] = []
            if !removed.isEmpty { runs.append(Run(change: .removed, text: removed.joined(separator: " "))) }
            if !added.isEmpty { runs.append(Run(change: .added, text: added.joined(separator: " "))) }
            return runs
        }
    }
}

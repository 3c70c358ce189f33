/// A word-level difference between two texts, from the longest common subsequence of
/// their words.
enum WordDiff {
    /// What happened to a run of words.
    enum Change: String, Hashable, Sendable, Codable {
        case same, added, removed
    }

    /// A run of words with one change, joined by single spaces.
    struct Run: Hashable, Sendable, Codable {
        var change: Change
        var text: String
    }

    /// The words of `text`: maximal runs of non-whitespace, punctuation attached.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// The runs that turn `old` into `new`. Where words are replaced, the removed words come
    /// before the added ones.
    static func diff(from old: String, to new: String) -> [Run] {
        let a = words(old)
        let b = words(new)
        // suffix[i][j]: the length of the longest common subsequence of a[i...] and b[j...].
        let columns = b.count + 1
        var suffix = [Int](repeating: 0, count: (a.count + 1) * columns)
        if !a.isEmpty, !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    suffix[i * columns + j] =
                        a[i] == b[j]
                        ? suffix[(i + 1) * columns + j + 1] + 1
                        : max(suffix[(i + 1) * columns + j], suffix[i * columns + j + 1])
                }
            }
        }
        var steps: [(Change, Substring)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append((.same, a[i]))
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && suffix[(i + 1) * columns + j] >= suffix[i * columns + j + 1]) {
                steps.append((.removed, a[i]))
                i += 1
            } else {
                steps.append((.added, b[j]))
                j += 1
            }
        }
        return runs(cleaningUp(segments(steps)))
    }

    /// Either words both texts share, or a place where words were removed and added.
    private enum Segment {
        case same([Substring])
        case change(removed: [Substring], added: [Substring])

        var changedWords: Int {
            if case .change(let removed, let added) = self { return removed.count + added.count }
            return 0
        }
    }

    private static func segments(_ steps: [(Change, Substring)]) -> [Segment] {
        var segments: [Segment] = []
        for (change, word) in steps {
            switch (change, segments.last) {
            case (.same, .same(let words)?):
                segments[segments.count - 1] = .same(words + [word])
            case (.same, _):
                segments.append(.same([word]))
            case (.removed, .change(let removed, let added)?):
                segments[segments.count - 1] = .change(removed: removed + [word], added: added)
            case (.added, .change(let removed, let added)?):
                segments[segments.count - 1] = .change(removed: removed, added: added + [word])
            case (.removed, _):
                segments.append(.change(removed: [word], added: []))
            case (.added, _):
                segments.append(.change(removed: [], added: [word]))
            }
        }
        return segments
    }

    /// Folds a word or two that two larger changes happen to share ("and", "the") into the
    /// changes around it, so that a rewritten sentence reads as one removal and one addition
    /// rather than a scatter of fragments.
    private static func cleaningUp(_ segments: [Segment]) -> [Segment] {
        var segments = segments
        var changed = true
        while changed {
            changed = false
            var index = 1
            while index + 1 < segments.count {
                guard case .same(let shared) = segments[index],
                    case .change(let leftRemoved, let leftAdded) = segments[index - 1],
                    case .change(let rightRemoved, let rightAdded) = segments[index + 1],
                    shared.count <= 2,
                    min(segments[index - 1].changedWords, segments[index + 1].changedWords) >= 2 * shared.count + 1
                else {
                    index += 1
                    continue
                }
                segments.replaceSubrange(
                    (index - 1)...(index + 1),
                    with: [
                        .change(
                            removed: leftRemoved + shared + rightRemoved, added: leftAdded + shared + rightAdded)
                    ])
                changed = true
            }
        }
        return segments
    }

    private static func runs(_ segments: [Segment]) -> [Run] {
        var runs: [Run] = []
        for segment in segments {
            switch segment {
            case .same(let words):
                runs.append(Run(change: .same, text: words.joined(separator: " ")))
            case .change(let removed, let added):
                if !removed.isEmpty { runs.append(Run(change: .removed, text: removed.joined(separator: " "))) }
                if !added.isEmpty { runs.append(Run(change: .added, text: added.joined(separator: " "))) }
            }
        }
        return runs
    }

    /// The runs as styled text: added words marked as added, removed ones as removed.
    static func styled(_ runs: [Run]) -> StyledText {
        var text = StyledText()
        for (index, run) in runs.enumerated() {
            if index > 0 { text.append(" ") }
            let role: TextRole =
                switch run.change {
                case .same: .plain
                case .added: .added
                case .removed: .removed
                }
            text.append(run.text, role)
        }
        return text
    }

    /// How many words were added and removed.
    static func counts(_ runs: [Run]) -> (added: Int, removed: Int) {
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

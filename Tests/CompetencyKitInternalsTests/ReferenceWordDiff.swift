import CompetencyKitInternals

/// The word diff as it was before `WordDiff` searched in linear space, kept as the oracle for
/// small inputs: a table of the longest common subsequence of every pair of suffixes (memory
/// proportional to the product of the lengths), then the same grouping and folding.
enum ReferenceWordDiff {
    typealias Change = WordDiff.Change
    typealias Run = WordDiff.Run

    /// The edit script the table gives: words kept where they match, otherwise removed before
    /// added whenever that keeps the common subsequence longest.
    static func steps(_ a: [Substring], _ b: [Substring]) -> [(Change, Substring)] {
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
        return steps
    }

    static func diff(from old: String, to new: String) -> [Run] {
        runs(cleaningUp(segments(steps(WordDiff.words(old), WordDiff.words(new)))))
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
}

// The invariants of the word diff behind `competency compare`. WordDiff is `package` API of
// CompetencyKitInternals, which no product exports (and must not: it is no promise to apps),
// so this target compiles the kit's own files, linked beside this one, rather than a copy or
// a public wrapper; see docs/robustness.md.

/// Checks the word diff on two texts and returns every broken invariant, one line each.
public enum WordDiffCheck {
    /// The texts are the input's bytes before and after its first 0xFF byte (which UTF-8 never
    /// holds), or its two halves; invalid UTF-8 reads as U+FFFD.
    public static func texts(_ bytes: [UInt8]) -> (old: String, new: String) {
        let cut = bytes.firstIndex(of: 0xFF) ?? bytes.count / 2
        let rest = bytes[cut...].first == 0xFF ? bytes[(cut + 1)...] : bytes[cut...]
        return (String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: rest, as: UTF8.self))
    }

    /// Checks the diff of the two texts in `bytes` (see ``texts(_:)``).
    public static func check(_ bytes: [UInt8]) -> [String] {
        let (old, new) = texts(bytes)
        let (a, b) = (WordDiff.words(old), WordDiff.words(new))
        var problems: [String] = []
        // With the usual step limit, and with one small enough to make most inputs coarse.
        for stepLimit in [WordDiff.stepLimit, 40] {
            let script = WordDiff.script(from: a, to: b, stepLimit: stepLimit)
            let runs = WordDiff.runs(a, b, script.edits)
            problems += self.runs(runs, a, b).map { "step limit \(stepLimit): \($0)" }
            if runs != WordDiff.diff(from: old, to: new, stepLimit: stepLimit) {
                problems.append("step limit \(stepLimit): diff(from:to:) differs from the runs of script(from:to:)")
            }
            if script.edits.count(where: { $0 != .insert }) != a.count
                || script.edits.count(where: { $0 != .delete }) != b.count
            {
                problems.append("step limit \(stepLimit): the script does not cover both texts")
            }
            // Words folded into a change count as removed and added.
            let counts = WordDiff.counts(runs)
            if counts.added - counts.removed != b.count - a.count
                || counts.added < script.edits.count(where: { $0 == .insert })
                || counts.removed < script.edits.count(where: { $0 == .delete })
            {
                problems.append("step limit \(stepLimit): counts \(counts) for \(a.count) → \(b.count) words")
            }
            let cost = script.edits.count { $0 != .keep }
            if let fewest = fewestEdits(a, b), script.isMinimal ? cost != fewest : cost < fewest {
                problems.append(
                    "step limit \(stepLimit): \(cost) edits, minimal: \(script.isMinimal), fewest: \(fewest)")
            }
        }
        return problems
    }

    /// The runs give back both texts (the old one scalar for scalar, the new one up to
    /// canonical equivalence, as shared words are shown as the old text has them), alternate,
    /// and put removed words before added ones.
    static func runs(_ runs: [WordDiff.Run], _ a: [Substring], _ b: [Substring]) -> [String] {
        var problems: [String] = []
        let old = runs.filter { $0.change != .added }.flatMap { WordDiff.words($0.text) }
        let new = runs.filter { $0.change != .removed }.flatMap { WordDiff.words($0.text) }
        if old.map(\.unicodeScalars).map(Array.init) != a.map(\.unicodeScalars).map(Array.init) {
            problems.append("the runs do not give back the old text")
        }
        if new != b { problems.append("the runs do not give back the new text") }
        if runs.contains(where: { $0.text.isEmpty }) { problems.append("a run is empty") }
        for (first, second) in zip(runs, runs.dropFirst())
        where first.change == second.change || (first.change == .added && second.change == .removed) {
            problems.append("a \(first.change) run is followed by a \(second.change) one")
        }
        return problems
    }

    /// The fewest deletions and insertions between `a` and `b`, from the length of their
    /// longest common subsequence (one row at a time); `nil` for inputs too large to check.
    static func fewestEdits(_ a: [Substring], _ b: [Substring]) -> Int? {
        guard a.count * b.count <= 1_000_000 else { return nil }
        var row = [Int](repeating: 0, count: b.count + 1)
        for word in a {
            var diagonal = 0
            for j in b.indices {
                let above = row[j + 1]
                row[j + 1] = word == b[j] ? diagonal + 1 : max(above, row[j])
                diagonal = above
            }
        }
        return a.count + b.count - 2 * row[b.count]
    }
}

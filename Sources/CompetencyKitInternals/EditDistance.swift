/// Levenshtein distance, for "did you mean" suggestions.
package enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and swaps of two
    /// neighbouring characters that turn `a` into `b` (so `titel` is one edit from `title`).
    /// Work is proportional to the product of the lengths, so callers compare short words
    /// such as keys and codes.
    package static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate `word` most likely meant, ignoring case: the only candidate it is the
    /// start of (`val` → `validate`), or else the nearest one if it is close enough to be a
    /// typo (`titel` → `title`, `shwo` → `show`).
    package static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        let candidates = Array(candidates)
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) }
        if prefixed.count == 1, lowered.count >= 2 { return prefixed[0] }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = between(lowered, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        return distance <= max(1, min(3, lowered.count / 3)) ? candidate : nil
    }

    /// How much of their start and end `a` and `b` share, to rank equally distant candidates:
    /// for `1a.v`, `1a.iv` shares more than `1a.i` or `1c.v`.
    package static func sharedEnds(_ a: String, _ b: String) -> Int {
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
        return prefix + suffix
    }
}

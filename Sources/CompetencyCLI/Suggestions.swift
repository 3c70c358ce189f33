import CompetencyFramework

/// "Did you mean" suggestions for mistyped commands, options, codes and levels.
enum Suggestions {
    /// The candidate `word` most likely meant: the only one it starts (`val` → `validate`),
    /// or the nearest counting a swap of two neighbouring letters as one edit (`shwo` →
    /// `show`), if that is close enough to be a typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) }
        if prefixed.count == 1, lowered.count >= 2 { return prefixed[0] }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = typoDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, lowered.count / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Edit distance where swapping two adjacent characters is one edit (optimal string
    /// alignment).
    static func typoDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The codes in `framework` that `text` most likely meant, best first: those at the
    /// smallest edit distance and, among those, sharing the most of their start and end with
    /// what was typed (`1a.v` suggests `1a.iv`, not `1a.i` or `1c.v`).
    static func codes(resembling text: String, in framework: Framework) -> [Code] {
        let candidates = framework.codes(resembling: text, limit: 12)
        guard !candidates.isEmpty else { return [] }
        let key = Code.lookupKey(text)
        let scored = candidates.map { code in
            (code: code, distance: EditDistance.between(key, code.lookupKey), shared: shared(key, code.lookupKey))
        }
        guard let best = scored.map(\.distance).min() else { return [] }
        let closest = scored.filter { $0.distance == best }
        guard let most = closest.map(\.shared).max() else { return [] }
        return closest.filter { $0.shared == most }.map(\.code).sorted().prefix(3).map { $0 }
    }

    /// "a", "a or b", "a, b or c".
    static func alternatives(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
        }
    }

    private static func shared(_ a: String, _ b: String) -> Int {
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
        return prefix + suffix
    }
}

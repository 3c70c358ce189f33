import CompetencyFramework
import CompetencyKitInternals

/// "Did you mean" suggestions for mistyped commands, options, codes and levels.
enum Suggestions {
    /// The candidate `word` most likely meant (see `EditDistance.suggestion(for:among:)`).
    static func closest(to word: String, among candidates: [String]) -> String? {
        EditDistance.suggestion(for: word, among: candidates)
    }

    /// The codes in `framework` that `text` most likely meant, best first: only those as
    /// close as the closest, so `1a.v` suggests `1a.iv` alone.
    static func codes(resembling text: String, in framework: Framework) -> [Code] {
        let candidates = framework.codes(resembling: text, limit: 12)
        guard let best = candidates.first else { return [] }
        let key = Code.lookupKey(text)
        let rank = { (code: Code) in
            (EditDistance.between(key, code.lookupKey), -EditDistance.sharedEnds(key, code.lookupKey))
        }
        return candidates.filter { rank($0) == rank(best) }.prefix(3).map { $0 }
    }

    /// "a", "a or b", "a, b or c".
    static func alternatives(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
        }
    }
}

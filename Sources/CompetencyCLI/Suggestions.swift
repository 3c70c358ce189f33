import CompetencyFramework
import CompetencyKitInternals

/// "Did you mean" suggestions for mistyped codes.
enum Suggestions {
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
}

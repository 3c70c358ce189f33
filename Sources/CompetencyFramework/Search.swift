import CompetencyKitInternals

/// Where a search matched: a node's title, or a component's descriptor at one level.
public enum SearchField: Hashable, Sendable {
    case title
    case descriptor(level: String)
}

/// One ranked result of ``Framework/search(_:limit:)``.
public struct SearchMatch: Hashable, Sendable {
    /// The code of the domain, subdomain or component that matched.
    public var code: Code
    /// Which of its texts matched.
    public var field: SearchField
    /// The text that matched.
    public var text: String
    /// The matched words within ``text``, in order, for highlighting.
    public var ranges: [Range<String.Index>]
    /// Higher is better: all words outrank some, the query as a phrase outranks scattered
    /// words, words spelt as typed (accents and all) outrank words that match only once
    /// accents are set aside, and a title outranks a descriptor.
    public var score: Int
}

extension Framework {
    /// Full-text search over titles and descriptors.
    ///
    /// The query is split into words; a word matches the start of a word in the text,
    /// ignoring case and accents, so `lead` finds "leaders" and "Leading", `dwr` finds "Dŵr",
    /// `cafe` finds "café" and `strasse` finds "Straße" (and the other way round); curly and
    /// straight quotes are the same. ``SearchMatch/ranges`` mark the text's own characters.
    /// Texts that contain every word rank first; then the query as a phrase; then matches
    /// spelt exactly as typed; then titles above descriptors; ties keep document order.
    public func search(_ query: String, limit: Int = 50) -> [SearchMatch] {
        let terms = TextWords.words(in: query).map { Term($0) }
        guard !terms.isEmpty else { return [] }
        let phrase = terms.map(\.folded).joined(separator: " ")
        var matches: [SearchMatch] = []
        for path in allPaths {
            guard let node = node(at: path) else { continue }
            var candidates: [(SearchField, String)] = [(.title, node.title)]
            if case .component(let component) = node {
                for entry in component.descriptors {
                    if let text = entry.descriptor.text {
                        candidates.append((.descriptor(level: entry.level), text))
                    }
                }
            }
            for (field, text) in candidates {
                let (found, exact, ranges) = Self.match(terms, in: text)
                guard found > 0 else { continue }
                var score = found * 10
                if found == terms.count { score += 100 }
                // Only a text with every word can hold the phrase as words; checking no other
                // keeps multi-word queries as fast as one-word ones.
                if terms.count > 1, found == terms.count, LatinFolding.searchForm(text).contains(phrase) {
                    score += 50
                }
                // Below a whole term (10), above a title (5): spelling decides among equals.
                score += exact * 6 / terms.count
                if field == .title { score += 5 }
                matches.append(
                    SearchMatch(code: node.code, field: field, text: text, ranges: ranges, score: score))
            }
        }
        // A stable sort keeps document order among equal scores.
        let ranked = matches.enumerated().sorted {
            ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset)
        }
        return ranked.prefix(limit).map(\.element)
    }

    /// Whether the ASCII bytes `word`, lower-cased, start with `prefix`.
    private static func startsLowercased(_ word: Substring.UTF8View, with prefix: String.UTF8View) -> Bool {
        var bytes = word.makeIterator()
        for expected in prefix {
            guard let byte = bytes.next(), (0x41...0x5A).contains(byte) ? byte | 0x20 == expected : byte == expected
            else { return false }
        }
        return true
    }

    /// One word of a query, as typed (lower-cased) and folded.
    private struct Term: Hashable {
        var typed: String
        var folded: String

        init(_ word: Substring) {
            typed = word.lowercased()
            folded = LatinFolding.searchForm(word)
        }
    }

    /// How many distinct terms start a word of `text`, how many of those also match as typed,
    /// and the ranges of the matching words.
    private static func match(_ terms: [Term], in text: String) -> (found: Int, exact: Int, [Range<String.Index>]) {
        var found = Set<Term>()
        var exact = Set<Term>()
        var ranges: [Range<String.Index>] = []
        for range in TextWords.wordRanges(in: text) {
            let word = text[range]
            // Most words are ASCII: compare their bytes, lower-cased on the fly, without
            // building a folded copy (search reads every word of every text).
            let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
            let term: Term?
            if isASCII {
                term = terms.first { Self.startsLowercased(word.utf8, with: $0.folded.utf8) }
            } else {
                let folded = LatinFolding.searchForm(word)
                term = terms.first { folded.utf8.starts(with: $0.folded.utf8) }
            }
            guard let term else { continue }
            found.insert(term)
            // An ASCII word is its own folded form, so it matches as typed exactly when the
            // term has no accents to set aside.
            if isASCII ? term.typed == term.folded : word.lowercased().hasPrefix(term.typed) { exact.insert(term) }
            ranges.append(range)
        }
        return (found.count, exact.count, ranges)
    }
}

/// Splitting text into words: runs of letters and digits (an apostrophe inside a word keeps
/// it whole, so "school's" is one word).
public enum TextWords {
    /// The ranges of the words of `text`, in order.
    public static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isWordCharacter =
                character.isLetter || character.isNumber
                || (start != nil && (character == "'" || character == "’") && next < text.endIndex
                    && (text[next].isLetter))
            if isWordCharacter {
                if start == nil { start = index }
            } else if let wordStart = start {
                ranges.append(wordStart..<index)
                start = nil
            }
            index = next
        }
        if let wordStart = start { ranges.append(wordStart..<text.endIndex) }
        return ranges
    }

    /// The words of `text`, in order.
    public static func words(in text: String) -> [Substring] {
        wordRanges(in: text).map { text[$0] }
    }
}

/// A piece of a long text around the places that matched, with the matches marked.
enum Excerpt {
    /// `text` with `ranges` marked as matches, cut to about `limit` characters around the
    /// first match, at word boundaries, with `…` where text was left out.
    static func make(_ text: String, ranges: [Range<String.Index>], limit: Int) -> StyledText {
        let flattened = text
        guard let first = ranges.first else { return StyledText(String(flattened.prefix(limit)).replacingNewlines()) }
        var start = flattened.startIndex
        var end = flattened.endIndex
        if flattened.count > limit {
            // Start up to a third of the limit before the first match, at a word boundary.
            let context = limit / 3
            start =
                flattened.index(first.lowerBound, offsetBy: -context, limitedBy: flattened.startIndex)
                ?? flattened.startIndex
            if start > flattened.startIndex {
                start =
                    flattened[start...].firstIndex(where: \.isWhitespace).map { flattened.index(after: $0) } ?? start
                if start > first.lowerBound { start = first.lowerBound }
            }
            end = flattened.index(start, offsetBy: limit, limitedBy: flattened.endIndex) ?? flattened.endIndex
            if end < flattened.endIndex {
                end = flattened[start..<end].lastIndex(where: \.isWhitespace) ?? end
                if end < first.upperBound { end = first.upperBound }
            }
        }
        var result = StyledText()
        if start > flattened.startIndex { result.append("…") }
        var cursor = start
        for range in merged(ranges, in: text) where range.lowerBound >= start && range.upperBound <= end {
            if range.lowerBound < cursor { continue }
            result.append(String(flattened[cursor..<range.lowerBound]).replacingNewlines())
            result.append(String(flattened[range]), .match)
            cursor = range.upperBound
        }
        result.append(String(flattened[cursor..<end]).replacingNewlines())
        if end < flattened.endIndex {
            result.append(flattened[..<end].last.map { ".,;:".contains($0) } == true ? " …" : "…")
        }
        return result
    }

    /// The ranges with neighbours separated only by spaces joined, so that a matched phrase
    /// is marked as one (`**safe environment**`).
    static func merged(_ ranges: [Range<String.Index>], in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.upperBound <= range.lowerBound,
                text[last.upperBound..<range.lowerBound].allSatisfy({ $0 == " " })
            {
                result[result.count - 1] = last.lowerBound..<range.upperBound
            } else if let last = result.last, range.lowerBound < last.upperBound {
                continue
            } else {
                result.append(range)
            }
        }
        return result
    }
}

extension String {
    /// The text with line breaks turned into spaces, keeping every index valid.
    fileprivate func replacingNewlines() -> String {
        guard contains(where: \.isNewline) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }
}

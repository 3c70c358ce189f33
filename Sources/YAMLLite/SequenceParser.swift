import CompetencyDiagnostics

/// Block sequences: `- ` items at one column, possibly at their parent key's column.
extension Parser {
    mutating func parseSequence(_ index: Int, _ dash: Int, column: Int, parent: Int, depth: Int) -> YAMLNode {
        let start = location(index, dash)
        guard depth <= YAMLLiteLimits.maximumDepth else {
            reportTooDeep(start)
            return skipBroken(index, dash, parent: parent)
        }
        let indentless = column == parent
        var items: [YAMLNode] = []
        var itemLine = index
        var itemDash = dash
        while true {
            line = itemLine + 1
            let offset = skipInlineSpaces(itemLine, from: itemDash + 1)
            if isEndOfContent(itemLine, offset) {
                items.append(
                    parseValueOnFollowingLines(
                        parent: column, allowIndentlessSequence: false, depth: depth + 1,
                        emptyAt: location(itemLine, itemDash + 1)))
            } else {
                items.append(parseNode(itemLine, offset, parent: column, depth: depth + 1, context: .compact))
            }
            guard let next = nextItem(column: column, parent: parent, indentless: indentless) else { break }
            (itemLine, itemDash) = next
        }
        return .sequence(YAMLSequence(items: items, location: start))
    }

    /// Finds the next `- ` of the sequence at `column`; `nil` when the sequence ends.
    mutating func nextItem(column: Int, parent: Int, indentless: Bool) -> (Int, Int)? {
        while !sink.isFull, let index = peekContentLine() {
            let layout = layout(index)
            if layout.marker != nil { return nil }
            if layout.indent > column {
                reportUnexpectedIndentation(index, layout, expected: column)
                skipLines(from: index, deeperThan: column)
                continue
            }
            if layout.indent < column {
                if layout.indent <= parent { return nil }
                reportInconsistentIndentation(index, layout, expected: column)
                skipLines(from: index, deeperThan: layout.indent)
                continue
            }
            if isListItem(index, layout.contentStart) { return (index, layout.contentStart) }
            // At the key's column, a line that is not an item is the next key.
            if indentless { return nil }
            report(
                .expectedListItem, "expected a \"- \" list item like the lines above", line: index,
                offset: layout.contentStart,
                hint: "start the line with \"- \", or indent it under the item it belongs to")
            skipLines(from: index, deeperThan: column)
        }
        return nil
    }
}

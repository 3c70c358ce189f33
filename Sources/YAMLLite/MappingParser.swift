import CompetencyDiagnostics

/// A key found on a line, up to its `:`.
struct KeyScan {
    var scalar: YAMLScalar
    /// The line of the `:` (a quoted key broken over lines, which is an error, ends on a
    /// later line than it starts).
    var line: Int
    /// Offset of the `:`.
    var colon: Int
}

/// Block mappings: `key: value` lines at one column, keys unique, and the explanations for
/// lines that should have been keys.
extension Parser {
    mutating func parseMapping(_ first: KeyScan, column: Int, parent: Int, depth: Int) -> YAMLNode {
        guard depth <= YAMLLiteLimits.maximumDepth else {
            reportTooDeep(first.scalar.location)
            return skipBroken(first.line, first.colon, parent: parent)
        }
        var entries: [YAMLMappingEntry] = []
        var keys = KeyIndex()
        var key = first
        while true {
            check(key: key.scalar, in: &keys)
            line = key.line + 1
            let value = parseMappingValue(key, column: column, depth: depth)
            entries.append(YAMLMappingEntry(key: key.scalar, value: value))
            guard let next = nextKey(column: column, parent: parent) else { break }
            key = next
        }
        return .mapping(YAMLMapping(entries: entries, location: first.scalar.location))
    }

    mutating func parseMappingValue(_ key: KeyScan, column: Int, depth: Int) -> YAMLNode {
        let afterColon = key.colon + 1
        let offset = skipInlineSpaces(key.line, from: afterColon)
        if isEndOfContent(key.line, offset) {
            line = key.line + 1
            return parseValueOnFollowingLines(
                parent: column, allowIndentlessSequence: true, depth: depth + 1,
                emptyAt: location(key.line, afterColon))
        }
        return parseNode(key.line, offset, parent: column, depth: depth + 1, context: .afterKey)
    }

    /// Reports a merge key, or a key already used in the same mapping.
    mutating func check(key: YAMLScalar, in index: inout KeyIndex) {
        if key.style == .plain && key.value == "<<" {
            sink.report(
                .mergeKey, "\"<<\" is a merge key to some YAML parsers", at: key.location,
                hint: "use another key; if you mean the text \"<<\", put it in quotes")
        }
        if let firstLine = index.insert(key.value, line: key.location.line) {
            sink.report(
                .duplicateKey, "duplicate key \"\(key.value)\"; it is already used on line \(firstLine)",
                at: key.location, hint: "a key may appear only once in a mapping; merge the entries or rename one")
        }
    }

    mutating func checkKeyLength(_ index: Int, _ start: Int, colon: Int) {
        let length = location(index, colon).column - location(index, start).column
        if length > YAMLLiteLimits.maximumKeyLength {
            report(
                .keyTooLong,
                "this key is \(length) characters long; YAML allows at most \(YAMLLiteLimits.maximumKeyLength)",
                line: index, offset: start, hint: "use a shorter key and put the long text in the value")
        }
    }

    mutating func reportMultiLineKey(_ index: Int, _ offset: Int) {
        report(
            .multiLineKey, "a key must fit on one line", line: index, offset: offset,
            hint: "join the key's lines into one")
    }

    /// Finds the next key of the mapping at `column`, reporting and skipping lines that
    /// cannot be one; `nil` when the mapping ends.
    mutating func nextKey(column: Int, parent: Int) -> KeyScan? {
        while !sink.isFull, let index = peekContentLine() {
            let layout = layout(index)
            if layout.marker != nil || layout.indent <= parent { return nil }
            if layout.indent > column {
                reportUnexpectedIndentation(index, layout, expected: column)
                skipLines(from: index, deeperThan: column)
                continue
            }
            if layout.indent < column {
                reportInconsistentIndentation(index, layout, expected: column)
                skipLines(from: index, deeperThan: layout.indent)
                continue
            }
            let offset = skipProperties(index, layout.contentStart)
            if isEndOfContent(index, offset) {
                line = index + 1
                continue
            }
            if isListItem(index, offset) {
                report(
                    .listItemAmongKeys, "a \"- \" list item among the keys of a mapping", line: index, offset: offset,
                    hint: "a list must be the value of a key: write \"key:\" on the line before the items")
                skipLines(from: index, deeperThan: column)
                continue
            }
            switch scanKey(index, offset, column: column) {
            case .key(let key):
                return key
            case .reported(let lastLine):
                skipLines(from: lastLine, deeperThan: column)
            case .notKey:
                diagnoseNonKey(index, offset)
                skipLines(from: index, deeperThan: column)
            }
        }
        return nil
    }

    enum KeyScanResult {
        case key(KeyScan)
        /// Not a key, and already reported; the text ran to `lastLine`.
        case reported(lastLine: Int)
        case notKey
    }

    /// Reads the key at the start of a mapping line.
    mutating func scanKey(_ index: Int, _ offset: Int, column: Int) -> KeyScanResult {
        let byte = bytes[offset]
        if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
            let quoted = readQuoted(index, offset, parent: column)
            guard quoted.closed else { return .reported(lastLine: quoted.endLine) }
            let after = skipInlineSpaces(quoted.endLine, from: quoted.endOffset)
            guard
                after < lineEnd(quoted.endLine) && bytes[after] == ASCII.colon
                    && isFollowedByBlank(quoted.endLine, after)
            else {
                report(
                    .expectedKey, "expected \"key: value\", found quoted text without a ':' after it", line: index,
                    offset: offset, hint: "add ':' after the closing quote, or check the indentation")
                return .reported(lastLine: quoted.endLine)
            }
            if quoted.endLine != index {
                reportMultiLineKey(index, offset)
            } else {
                checkKeyLength(index, offset, colon: after)
            }
            return .key(KeyScan(scalar: quoted.scalar, line: quoted.endLine, colon: after))
        }
        switch byte {
        case ASCII.leftBracket, ASCII.leftBrace, ASCII.asterisk, ASCII.comma, ASCII.rightBracket,
            ASCII.rightBrace, ASCII.at, ASCII.backtick, ASCII.percent, ASCII.verticalBar, ASCII.greaterThan:
            return .notKey
        case ASCII.question where isFollowedByBlank(index, offset):
            return .notKey
        case ASCII.colon where isFollowedByBlank(index, offset):
            return .notKey
        default:
            break
        }
        let scan = scanPlainLine(index, from: offset)
        guard case .colon(let colon) = scan.stop else { return .notKey }
        if let tab = scan.firstTab { reportTabInText(index, tab) }
        checkKeyLength(index, offset, colon: colon)
        let key = YAMLScalar(
            value: source.string(offset..<scan.textEnd), style: .plain, location: location(index, offset))
        return .key(KeyScan(scalar: key, line: index, colon: colon))
    }

    /// Explains why a line where a key belongs is not one.
    mutating func diagnoseNonKey(_ index: Int, _ offset: Int) {
        let byte = bytes[offset]
        if byte == ASCII.question && isFollowedByBlank(index, offset) {
            report(
                .complexKey, "\"? \" (a complex key) is not part of YAML-lite", line: index, offset: offset,
                hint: "write the key as \"key: value\" on one line")
            return
        }
        if byte == ASCII.colon && isFollowedByBlank(index, offset) {
            report(
                .missingKey, "\":\" without a key before it", line: index, offset: offset,
                hint: "write the key before the ':'")
            return
        }
        switch byte {
        case ASCII.leftBracket, ASCII.leftBrace, ASCII.asterisk, ASCII.comma, ASCII.rightBracket,
            ASCII.rightBrace, ASCII.at, ASCII.backtick, ASCII.percent:
            reportIndicator(index, offset, column: location(index, offset).column - 1, context: .ownLine)
            return
        default:
            break
        }
        // Look for the usual slips: a colon with no space, or a no-break space after it.
        let end = lineEnd(index)
        var hint = "each line here must be \"key: value\"; is a ':' missing, or is the line indented wrongly?"
        var scan = offset
        while scan < end {
            if bytes[scan] == ASCII.colon && scan + 1 < end {
                if Characters.unicodeSpaceLength(in: bytes, at: scan + 1, end: end) > 0 {
                    hint = "the space after ':' is not an ordinary space (it may be a no-break space); retype it"
                    break
                }
                if bytes[scan + 1] != ASCII.space {
                    hint = "put a space after the ':'"
                    break
                }
            }
            scan += 1
        }
        report(.expectedKey, "expected \"key: value\"", line: index, offset: offset, hint: hint)
    }

}

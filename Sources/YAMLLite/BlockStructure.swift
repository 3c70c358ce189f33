import CompetencyDiagnostics

/// Where a node starts, which decides what it may be.
enum NodeContext {
    /// At the start of its own line: anything.
    case ownLine
    /// After `- ` on the same line (`- key: value`, `- - item`): anything.
    case compact
    /// After `key: ` on the same line: only a scalar. YAML forbids `key: other: value` and
    /// `key: - item`.
    case afterKey
}

/// A key found on a line, up to its `:`.
struct KeyScan {
    var scalar: YAMLScalar
    /// The line of the `:` (a quoted key broken over lines, which is an error, ends on a
    /// later line than it starts).
    var line: Int
    /// Offset of the `:`.
    var colon: Int
}

/// The structure: document, mappings, sequences, and the dispatch to scalar readers.
///
/// Indentation rules, as YAML has them: the keys of a mapping and the `-` of a sequence
/// all sit at one column; a nested node is indented more than its parent's column, except
/// that a sequence may sit at its parent key's column; text continues on lines indented
/// more than the enclosing collection. `parent` below is always the column of the enclosing
/// collection (-1 at the top), and `depth` is the nesting level a collection starting here
/// would have.
extension Parser {
    mutating func parseDocument() -> YAMLNode? {
        var root: YAMLNode?
        var started = false
        // An explicit document with no content is an empty scalar to YAML, as it is for an
        // empty `key:`; only a file with no document at all has no root.
        var emptyDocument: SourceLocation?
        while !sink.isFull, let index = peekContentLine() {
            let layout = layout(index)
            let before = line
            defer { if line <= before { line = before + 1 } }
            if layout.marker == ASCII.minus {
                if root == nil && !started {
                    started = true
                    emptyDocument = location(index, layout.contentStart + 3)
                    let after = skipInlineSpaces(index, from: layout.contentStart + 3)
                    if !isEndOfContent(index, after) {
                        report(
                            .textAfterDocumentStart, "text after \"---\" on the same line", line: index, offset: after,
                            hint: "start the content on the next line")
                    }
                    line = index + 1
                    continue
                }
                report(
                    .secondDocument, "a second document starts here; a YAML-lite file holds one document",
                    line: index, offset: layout.contentStart,
                    hint: "split the file in two, or delete the \"---\" line")
                break
            }
            if layout.marker == ASCII.period {
                report(
                    .documentEnd, "\"...\" (end of document) is not part of YAML-lite", line: index,
                    offset: layout.contentStart, hint: "delete the line")
                line = index + 1
                continue
            }
            if root == nil && !started && layout.indent == 0 && bytes[layout.contentStart] == ASCII.percent {
                reportDirective(index, layout.contentStart)
                line = index + 1
                continue
            }
            if root == nil {
                started = true
                root = parseNode(index, layout.contentStart, parent: -1, depth: 1, context: .ownLine)
                continue
            }
            report(
                .textAfterDocument, "text after the end of the document's top-level value", line: index,
                offset: layout.contentStart,
                hint: "a file holds one value; check the indentation, or whether a key is missing its ':'")
            skipLines(from: index, deeperThan: layout.indent)
        }
        if root == nil, let emptyDocument { return emptyScalar(at: emptyDocument) }
        return root
    }

    mutating func reportDirective(_ index: Int, _ offset: Int) {
        report(
            .directive, "\"%\" at the start of a line is a YAML directive, which YAML-lite does not use",
            line: index, offset: offset, hint: "delete the line; YAML-lite files need no directives")
    }

    // MARK: - Nodes

    mutating func parseNode(
        _ index: Int, _ start: Int, parent: Int, depth: Int, context: NodeContext
    ) -> YAMLNode {
        // A chain of property-only lines recurses without nesting a collection, so the depth
        // grows along it too; this bounds the recursion whatever the input.
        guard depth <= YAMLLiteLimits.maximumDepth + 1 else {
            reportTooDeep(location(index, start))
            return skipBroken(index, start, parent: parent)
        }
        let offset = skipProperties(index, start)
        if isEndOfContent(index, offset) {
            // Only properties on the line (an error already reported): the node follows.
            line = index + 1
            return parseValueOnFollowingLines(
                parent: parent, allowIndentlessSequence: context == .afterKey, depth: depth + 1,
                emptyAt: location(index, offset))
        }
        let column = location(index, offset).column - 1
        let byte = bytes[offset]
        let blankAfter = isFollowedByBlank(index, offset)
        switch byte {
        case ASCII.minus where blankAfter:
            guard context != .afterKey else {
                report(
                    .listOnKeyLine, "a list cannot start on the same line as its key", line: index, offset: offset,
                    hint: "put each \"- \" item on its own line below the key, indented")
                return skipBroken(index, offset, parent: parent)
            }
            return parseSequence(index, offset, column: column, parent: parent, depth: depth)
        case ASCII.question where blankAfter:
            report(
                .complexKey, "\"? \" (a complex key) is not part of YAML-lite", line: index, offset: offset,
                hint: "write the key as \"key: value\" on one line")
            return skipBroken(index, offset, parent: parent)
        case ASCII.colon where blankAfter:
            report(
                .missingKey, "\":\" without a key before it", line: index, offset: offset,
                hint: "write the key before the ':'")
            return skipBroken(index, offset, parent: parent)
        case ASCII.leftBracket, ASCII.leftBrace, ASCII.asterisk, ASCII.comma, ASCII.rightBracket,
            ASCII.rightBrace, ASCII.at, ASCII.backtick, ASCII.percent:
            reportIndicator(index, offset, column: column, context: context)
            return skipBroken(index, offset, parent: parent)
        case ASCII.verticalBar, ASCII.greaterThan:
            return .scalar(readBlockScalar(index, offset, parent: parent))
        case ASCII.doubleQuote, ASCII.singleQuote:
            let quoted = readQuoted(index, offset, parent: parent)
            line = quoted.endLine + 1
            guard quoted.closed else { return .scalar(quoted.scalar) }
            let after = skipInlineSpaces(quoted.endLine, from: quoted.endOffset)
            if after < lineEnd(quoted.endLine) && bytes[after] == ASCII.colon
                && isFollowedByBlank(quoted.endLine, after)
            {
                if context == .afterKey {
                    report(
                        .colonInPlainText, "\":\" after a value: a mapping cannot start on the same line as its key",
                        line: quoted.endLine, offset: after,
                        hint: "put the nested keys on their own lines below, indented")
                    skipLines(from: quoted.endLine, deeperThan: parent)
                    return .scalar(quoted.scalar)
                }
                if quoted.endLine != index {
                    reportMultiLineKey(index, offset)
                } else {
                    checkKeyLength(index, offset, colon: after)
                }
                let key = KeyScan(scalar: quoted.scalar, line: quoted.endLine, colon: after)
                return parseMapping(key, column: column, parent: parent, depth: depth)
            }
            checkAfterClosingQuote(quoted.endLine, quoted.endOffset, after: after)
            return .scalar(quoted.scalar)
        default:
            break
        }
        // Plain text, or a plain key.
        let scan = scanPlainLine(index, from: offset)
        if case .colon(let colon) = scan.stop, context != .afterKey {
            if let tab = scan.firstTab { reportTabInText(index, tab) }
            checkKeyLength(index, offset, colon: colon)
            let key = YAMLScalar(
                value: source.string(offset..<scan.textEnd), style: .plain, location: location(index, offset))
            return parseMapping(
                KeyScan(scalar: key, line: index, colon: colon), column: column, parent: parent, depth: depth)
        }
        return .scalar(readPlainScalar(index, offset, firstLine: scan, parent: parent, context: context))
    }

    /// Reports and skips anchors (`&name`) and tags (`!tag`) before a node, so that the node
    /// itself can still be checked. Returns the offset after them.
    mutating func skipProperties(_ index: Int, _ start: Int) -> Int {
        let end = lineEnd(index)
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            guard byte == ASCII.ampersand || byte == ASCII.exclamation else { break }
            if byte == ASCII.ampersand {
                report(
                    .anchor, "anchors (\"&name\") are not part of YAML-lite", line: index, offset: offset,
                    hint: "write the value out in full; if you meant the text, put it in quotes")
            } else {
                report(
                    .tag, "tags (\"!\" or \"!!\") are not part of YAML-lite; every value is text", line: index,
                    offset: offset, hint: "delete the tag; if you meant the text, put it in quotes")
            }
            while offset < end && bytes[offset] != ASCII.space && bytes[offset] != ASCII.tab { offset += 1 }
            offset = skipInlineSpaces(index, from: offset)
        }
        return offset
    }

    /// Reports a node that starts with a character YAML reserves.
    mutating func reportIndicator(_ index: Int, _ offset: Int, column: Int, context: NodeContext) {
        let byte = bytes[offset]
        switch byte {
        case ASCII.leftBracket:
            report(
                .flowSequence, "flow sequences (\"[...]\") are not part of YAML-lite", line: index, offset: offset,
                hint: "write the text in quotes, or use a block sequence with \"- \" items")
        case ASCII.leftBrace:
            report(
                .flowMapping, "flow mappings (\"{...}\") are not part of YAML-lite", line: index, offset: offset,
                hint: "write the text in quotes, or write the keys on their own lines, indented")
        case ASCII.asterisk:
            report(
                .alias, "aliases (\"*name\") are not part of YAML-lite", line: index, offset: offset,
                hint: "write the value out in full; if you meant the text, put it in quotes")
        case ASCII.percent where column == 0 && context == .ownLine:
            reportDirective(index, offset)
        default:
            let character = String(UnicodeScalar(byte))
            report(
                .indicatorStartsText, "text cannot start with \"\(character)\" unless it is quoted", line: index,
                offset: offset, hint: "put the text in quotes: \"...\"")
        }
    }

    /// Drops a node that cannot be parsed, with everything indented under it.
    mutating func skipBroken(_ index: Int, _ offset: Int, parent: Int) -> YAMLNode {
        let placeholder = emptyScalar(at: location(index, offset))
        skipLines(from: index, deeperThan: parent)
        return placeholder
    }

    /// The value of `key:` or `-` with nothing after it on the line: the more-indented lines
    /// that follow, a sequence at the key's own column, or else an empty scalar.
    mutating func parseValueOnFollowingLines(
        parent: Int, allowIndentlessSequence: Bool, depth: Int, emptyAt location: SourceLocation
    ) -> YAMLNode {
        guard let index = peekContentLine() else { return emptyScalar(at: location) }
        let layout = layout(index)
        if layout.marker == nil {
            if layout.indent > parent {
                return parseNode(index, layout.contentStart, parent: parent, depth: depth, context: .ownLine)
            }
            if allowIndentlessSequence && layout.indent == parent && isListItem(index, layout.contentStart) {
                return parseSequence(index, layout.contentStart, column: parent, parent: parent, depth: depth)
            }
        }
        return emptyScalar(at: location)
    }

    // MARK: - Mappings

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

    mutating func reportTooDeep(_ location: SourceLocation) {
        sink.report(
            .nestingTooDeep, "mappings and lists are nested more than \(YAMLLiteLimits.maximumDepth) levels deep",
            at: location, hint: "flatten the structure; no framework needs this many levels")
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
            guard after < lineEnd(quoted.endLine) && bytes[after] == ASCII.colon
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

    mutating func reportUnexpectedIndentation(_ index: Int, _ layout: LineLayout, expected: Int) {
        report(
            .unexpectedIndentation,
            "this line is indented more than the lines it belongs with (expected \(expected) spaces, found \(layout.indent))",
            line: index, offset: layout.contentStart,
            hint: "line it up with the lines above, or give the line above a key ending in ':' to nest it")
    }

    mutating func reportInconsistentIndentation(_ index: Int, _ layout: LineLayout, expected: Int) {
        report(
            .inconsistentIndentation,
            "inconsistent indentation: \(layout.indent) spaces, but the lines it belongs with have \(expected)",
            line: index, offset: layout.contentStart, hint: "indent the line by exactly \(expected) spaces")
    }

    // MARK: - Sequences

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

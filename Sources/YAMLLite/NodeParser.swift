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

/// Decides what a node is from its first characters and hands it to the mapping, sequence or
/// scalar reader.
///
/// Indentation rules, as YAML has them: the keys of a mapping and the `-` of a sequence
/// all sit at one column; a nested node is indented more than its parent's column, except
/// that a sequence may sit at its parent key's column; text continues on lines indented
/// more than the enclosing collection. `parent` is always the column of the enclosing
/// collection (-1 at the top), and `depth` is the nesting level a collection starting here
/// would have.
extension Parser {
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

    mutating func reportTooDeep(_ location: SourceLocation) {
        sink.report(
            .nestingTooDeep, "mappings and lists are nested more than \(YAMLLiteLimits.maximumDepth) levels deep",
            at: location, hint: "flatten the structure; no framework needs this many levels")
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
}

/// Plain (unquoted) scalars.
///
/// YAML's rules, which PyYAML and libyaml follow: a plain scalar ends at `: ` (a key), at
/// ` #` (a comment) or at the end of the line; it continues on following lines that are
/// indented more than the enclosing collection, until a comment line or a less indented
/// line. Lines are joined with a space, and each blank line in between becomes a line
/// break instead. Spaces around line breaks are dropped. Tabs are not allowed anywhere in
/// plain text: PyYAML rejects them.
extension Parser {
    enum PlainStop {
        case endOfLine
        /// A comment starts at this offset; the scalar cannot continue on the next lines.
        case comment(Int)
        /// A `:` followed by a space or the end of the line, at this offset.
        case colon(Int)
    }

    struct PlainLineScan {
        /// Offset just past the last non-space byte of the text.
        var textEnd: Int
        var stop: PlainStop
        var firstTab: Int?
        /// A `:` followed by a no-break or other Unicode space: not a key to YAML, though it
        /// looks like one.
        var colonBeforeUnicodeSpace: Int?
    }

    /// Scans one line of plain text from `start`, which is not a space.
    func scanPlainLine(_ index: Int, from start: Int) -> PlainLineScan {
        let end = lineEnd(index)
        var offset = start
        var textEnd = start
        var firstTab: Int?
        var colonBeforeUnicodeSpace: Int?
        while offset < end {
            let byte = bytes[offset]
            if byte == ASCII.space || byte == ASCII.tab {
                if byte == ASCII.tab && firstTab == nil { firstTab = offset }
                offset += 1
                if offset < end && bytes[offset] == ASCII.hash {
                    return PlainLineScan(
                        textEnd: textEnd, stop: .comment(offset), firstTab: firstTab,
                        colonBeforeUnicodeSpace: colonBeforeUnicodeSpace)
                }
                continue
            }
            if byte == ASCII.colon {
                if isFollowedByBlank(index, offset) {
                    return PlainLineScan(
                        textEnd: textEnd, stop: .colon(offset), firstTab: firstTab,
                        colonBeforeUnicodeSpace: colonBeforeUnicodeSpace)
                }
                if colonBeforeUnicodeSpace == nil
                    && Characters.unicodeSpaceLength(in: bytes, at: offset + 1, end: end) > 0
                {
                    colonBeforeUnicodeSpace = offset
                }
            }
            offset += 1
            // The bulk of any text: bytes with no meaning to plain scalars.
            while offset < end {
                let next = bytes[offset]
                if next == ASCII.space || next == ASCII.colon || next == ASCII.tab { break }
                offset += 1
            }
            textEnd = offset
        }
        return PlainLineScan(
            textEnd: textEnd, stop: .endOfLine, firstTab: firstTab, colonBeforeUnicodeSpace: colonBeforeUnicodeSpace)
    }

    mutating func warnAboutUnicodeSpaceAfterColon(_ index: Int, _ scan: PlainLineScan) {
        guard let colon = scan.colonBeforeUnicodeSpace else { return }
        let name = Characters.describe(Characters.scalar(in: bytes, at: colon + 1))
        report(
            .unicodeSpaceAfterColon, "\":\" is followed by \(name), so YAML reads this as text, not as a key",
            line: index, offset: colon, hint: "replace the character after ':' with an ordinary space")
    }

    mutating func reportTabInText(_ index: Int, _ offset: Int) {
        report(
            .tabSeparator, "tab character in unquoted text", line: index, offset: offset,
            hint: "replace the tab with spaces, or put the text in quotes")
    }

    /// Reads a plain scalar whose first line has been scanned already.
    mutating func readPlainScalar(
        _ index: Int, _ start: Int, firstLine: PlainLineScan, parent: Int, context: NodeContext
    ) -> YAMLScalar {
        let location = location(index, start)
        if context == .ownLine { warnAboutBullet(index, start) }
        if let tab = firstLine.firstTab { reportTabInText(index, tab) }
        warnAboutUnicodeSpaceAfterColon(index, firstLine)
        var textEnd = firstLine.textEnd
        var endsWithComment = false
        switch firstLine.stop {
        case .colon(let colon):
            reportColonInValue(index, colon, start: start)
            textEnd = trimmedEnd(index)
        case .comment:
            endsWithComment = true
        case .endOfLine:
            break
        }
        line = index + 1
        var buffer: [UInt8] = []
        var folded = false
        if !endsWithComment {
            var blankLines = 0
            var next = index + 1
            var reportedColon = false
            var reportedMarker = false
            while next < lineCount && !sink.isFull {
                let skipped = skipBlankLines(from: next)
                blankLines += skipped.blankLines
                next = skipped.next
                guard let layout = skipped.layout else { break }
                if layout.marker != nil || layout.indent <= parent || layout.isComment { break }
                checkIndentation(next, layout)
                let lineStart = layout.contentStart
                let first = bytes[lineStart]
                if (first == ASCII.minus || first == ASCII.question) && isFollowedByBlank(next, lineStart)
                    && !reportedMarker
                {
                    reportedMarker = true
                    report(
                        .listMarkerInText,
                        "this line continues the text of line \(index + 1) but starts with \"\(first == ASCII.minus ? "-" : "?") \"",
                        line: next, offset: lineStart,
                        hint:
                            "for a list, write the key alone on its line (\"key:\") and the items below it; to keep it as text, put the text in quotes"
                    )
                }
                warnAboutBullet(next, lineStart)
                let scan = scanPlainLine(next, from: lineStart)
                if let tab = scan.firstTab { reportTabInText(next, tab) }
                warnAboutUnicodeSpaceAfterColon(next, scan)
                var lineTextEnd = scan.textEnd
                if case .colon(let colon) = scan.stop {
                    lineTextEnd = trimmedEnd(next)
                    if !reportedColon {
                        reportedColon = true
                        report(
                            .colonInPlainText,
                            "\": \" inside text that continues from line \(index + 1)", line: next, offset: colon,
                            hint:
                                "if this line is a new key, it is indented too far (or the line above lacks a ':'); to keep it as text, put the text in quotes"
                        )
                    }
                }
                if !folded {
                    folded = true
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<textEnd]))
                }
                if blankLines == 0 {
                    buffer.append(ASCII.space)
                } else {
                    buffer.append(contentsOf: repeatElement(ASCII.lineFeed, count: blankLines))
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineTextEnd]))
                blankLines = 0
                next += 1
                line = next
                if case .comment = scan.stop { break }
            }
            line = max(line, next)
        }
        let value = folded ? String(decoding: buffer, as: UTF8.self) : source.string(start..<textEnd)
        return YAMLScalar(value: value, style: .plain, location: location)
    }

    /// The end of line `index` without trailing spaces and tabs.
    func trimmedEnd(_ index: Int) -> Int {
        var end = lineEnd(index)
        let start = source.lines[index].start
        while end > start && (bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab) { end -= 1 }
        return end
    }

    mutating func reportColonInValue(_ index: Int, _ colon: Int, start: Int) {
        var hint = "put the whole text in quotes, or put nested keys on their own lines below, indented"
        let first = Characters.scalar(in: bytes, at: start)
        if first == 0x201C || first == 0x2018 {
            hint =
                "curly quotes (\u{201C} \u{201D}) are ordinary text to YAML; use straight quotes (\" or ') around the text"
        }
        report(
            .colonInPlainText, "\": \" inside a value: YAML would read it as another key", line: index,
            offset: colon, hint: hint)
    }

    /// Warns about a line that starts with a dash or bullet from a word processor, which
    /// looks like a list item but is text to YAML.
    mutating func warnAboutBullet(_ index: Int, _ offset: Int) {
        let end = lineEnd(index)
        guard offset + 3 < end, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
            bytes[offset + 3] == ASCII.space
        else { return }
        let name: String
        switch bytes[offset + 2] {
        case 0x93: name = "an en dash (\u{2013})"
        case 0x94: name = "an em dash (\u{2014})"
        case 0xA2: name = "a bullet (\u{2022})"
        default: return
        }
        report(
            .wordProcessorBullet, "this line starts with \(name), which YAML reads as text, not as a list item",
            line: index, offset: offset, hint: "for a list item, type a hyphen-minus: \"- \"")
    }
}

/// Literal (`|`) and folded (`>`) block scalars.
///
/// The text is on the lines after the indicator, indented more than the enclosing
/// collection. Its indentation is the indentation of the first line of text, or the
/// enclosing collection's column plus an explicit indentation indicator (`|2`). Lines
/// indented less end the block; blank lines inside it are kept.
///
/// - Literal: line breaks are kept.
/// - Folded: a line break between two lines of text that both start with a non-space
///   becomes a space (or disappears if blank lines follow it, which then give the breaks);
///   lines that start with whitespace keep their breaks.
/// - Chomping: clip (default) keeps the final line break, `-` strips it, `+` keeps it and
///   the trailing blank lines.
///
/// The loop mirrors PyYAML's `scan_block_scalar`, whose results agree with YAML 1.2 and
/// libyaml everywhere except explicit indentation indicators at the top level, which are
/// therefore rejected.
extension Parser {
    private enum Chomping { case clip, strip, keep }

    mutating func readBlockScalar(_ index: Int, _ indicator: Int, parent: Int) -> YAMLScalar {
        let folded = bytes[indicator] == ASCII.greaterThan
        let startLocation = location(index, indicator)
        let headerEnd = lineEnd(index)
        var chomping = Chomping.clip
        var explicitIndent: Int?
        var offset = indicator + 1
        var sawChomping = false
        var sawDigit = false
        while offset < headerEnd {
            let byte = bytes[offset]
            if (byte == UInt8(ascii: "+") || byte == ASCII.minus) && !sawChomping {
                sawChomping = true
                chomping = byte == ASCII.minus ? .strip : .keep
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && !sawDigit {
                sawDigit = true
                if byte == UInt8(ascii: "0") {
                    report(
                        .blockScalarHeader, "the indentation indicator of a block must be 1 to 9, not 0",
                        line: index, offset: offset, hint: "delete the 0")
                } else {
                    explicitIndent = Int(byte - UInt8(ascii: "0"))
                }
            } else {
                break
            }
            offset += 1
        }
        let rest = skipInlineSpaces(index, from: offset)
        if rest < headerEnd && !(bytes[rest] == ASCII.hash && rest > offset) {
            let symbol = folded ? ">" : "|"
            report(
                .blockScalarHeader, "unexpected text after \"\(symbol)\"", line: index, offset: rest,
                hint:
                    "start the text on the next line, indented; after \"\(symbol)\" only \"-\", \"+\", a digit 1-9 and a comment may follow"
            )
        }
        if explicitIndent != nil && parent < 0 {
            report(
                .topLevelIndentationIndicator,
                "an indentation indicator on a top-level block is read differently by different YAML parsers",
                line: index, offset: indicator, hint: "delete the digit after \"\(folded ? ">" : "|")\"")
            explicitIndent = nil
        }

        let minimumIndent = max(parent + 1, 1)
        let indent: Int
        if let explicitIndent {
            indent = parent + explicitIndent
        } else {
            // The first line of text decides, but leading lines of spaces count too (PyYAML
            // takes the deepest); more spaces there than on the text is an error in YAML 1.2.
            var deepestBlank = 0
            var scan = index + 1
            while scan < lineCount {
                let (spaces, allSpaces) = leadingSpaces(scan)
                guard allSpaces else { break }
                deepestBlank = max(deepestBlank, spaces)
                scan += 1
            }
            let textIndent = scan < lineCount ? leadingSpaces(scan).count : 0
            let misleadingBlank = scan < lineCount && textIndent > parent && deepestBlank > textIndent
            // After reporting a misleading blank line, read the text as its author meant it.
            indent = max(minimumIndent, misleadingBlank ? textIndent : deepestBlank, textIndent)
            let afterSpaces = scan < lineCount ? source.lines[scan].start + textIndent : 0
            if scan < lineCount && textIndent >= indent && bytes[afterSpaces] == ASCII.tab {
                // PyYAML keeps the tab as text; libyaml rejects it while it is still looking
                // for the block's indentation.
                report(
                    .tabIndentation, "tab character at the start of the first line of a block of text",
                    line: scan, offset: afterSpaces,
                    hint: "YAML parsers disagree about it; indent with spaces, or begin the first line with text")
            }
            if misleadingBlank {
                report(
                    .blockScalarLeadingBlank,
                    "a blank line at the start of this block has more spaces than its first line of text",
                    line: scan, offset: source.lines[scan].start + textIndent,
                    hint: "delete the spaces on the blank lines before the text")
            }
        }

        var buffer: [UInt8] = []
        var (next, breaks) = collectBreaks(from: index + 1, indent: indent)
        var lastLineHadBreak = false
        while next < lineCount && isBlockContent(next, indent: indent) {
            buffer.append(contentsOf: repeatElement(ASCII.lineFeed, count: breaks))
            let textStart = source.lines[next].start + indent
            let textEnd = lineEnd(next)
            let startsWithText = bytes[textStart] != ASCII.space && bytes[textStart] != ASCII.tab
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[textStart..<textEnd]))
            lastLineHadBreak = source.hasBreak(after: next)
            (next, breaks) = collectBreaks(from: next + 1, indent: indent)
            guard next < lineCount && isBlockContent(next, indent: indent) else { break }
            let nextFirst = bytes[source.lines[next].start + indent]
            if folded && lastLineHadBreak && startsWithText && nextFirst != ASCII.space && nextFirst != ASCII.tab {
                if breaks == 0 { buffer.append(ASCII.space) }
            } else if lastLineHadBreak {
                buffer.append(ASCII.lineFeed)
            }
        }
        if chomping != .strip && next == lineCount && next - 1 > index && !source.lastLineHasBreak {
            // PyYAML and libyaml read a last line without a line break differently from the
            // YAML test suite; with `-` the difference is chomped away, otherwise it shows.
            report(
                .blockScalarAtEndOfFile,
                "the file ends inside this block of text without a final line break, which YAML parsers read differently",
                line: index, offset: indicator, hint: "add a line break at the end of the file")
        }
        if chomping != .strip && lastLineHadBreak { buffer.append(ASCII.lineFeed) }
        if chomping == .keep { buffer.append(contentsOf: repeatElement(ASCII.lineFeed, count: breaks)) }
        markChecked(through: next - 1)
        line = next
        return YAMLScalar(
            value: String(decoding: buffer, as: UTF8.self), style: folded ? .folded : .literal,
            location: startLocation)
    }

    /// The number of leading spaces of a line, and whether the line is nothing but spaces.
    private func leadingSpaces(_ index: Int) -> (count: Int, allSpaces: Bool) {
        let line = source.lines[index]
        var offset = line.start
        while offset < line.end && bytes[offset] == ASCII.space { offset += 1 }
        return (offset - line.start, offset == line.end)
    }

    /// Whether line `index` is a line of the block's text: at least `indent` spaces and
    /// something after them (even more spaces).
    private func isBlockContent(_ index: Int, indent: Int) -> Bool {
        let line = source.lines[index]
        guard line.end - line.start > indent else { return false }
        var offset = line.start
        while offset < line.start + indent {
            if bytes[offset] != ASCII.space { return false }
            offset += 1
        }
        return true
    }

    /// Consumes the blank lines (at most `indent` spaces) from `index`; returns the next
    /// line and the number of line breaks consumed.
    private func collectBreaks(from index: Int, indent: Int) -> (Int, Int) {
        var next = index
        var breaks = 0
        while next < lineCount {
            let (spaces, allSpaces) = leadingSpaces(next)
            guard allSpaces && spaces <= indent else { break }
            if source.hasBreak(after: next) { breaks += 1 }
            next += 1
        }
        return (next, breaks)
    }
}

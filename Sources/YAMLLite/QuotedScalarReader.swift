/// Single- and double-quoted scalars.
///
/// Inside quotes every character is text, so quoting is the way to write text that starts
/// with an indicator or contains `: ` or ` #`. In single quotes `''` stands for `'` and
/// nothing else is special; in double quotes the backslash starts one of YAML's escapes.
/// Quoted text may continue over several lines: as in plain text, a line break becomes a
/// space and each blank line a line break, and whitespace around the break is dropped. A
/// backslash at the end of a line joins the lines with nothing in between.
///
/// Continuation lines must be indented more than the enclosing collection. PyYAML does not
/// check this but YAML 1.2 requires it, so a file that relied on PyYAML's leniency would not
/// load elsewhere.
extension Parser {
    struct QuotedRead {
        var scalar: YAMLScalar
        /// The line the scalar ends on.
        var endLine: Int
        /// Offset just after the closing quote.
        var endOffset: Int
        /// Whether the closing quote was found; if not, the problem has been reported.
        var closed: Bool
    }

    mutating func readQuoted(_ index: Int, _ open: Int, parent: Int) -> QuotedRead {
        let quote = bytes[open]
        let double = quote == ASCII.doubleQuote
        let style: YAMLScalarStyle = double ? .doubleQuoted : .singleQuoted
        let startLocation = location(index, open)
        var buffer: [UInt8] = []
        var current = index
        var offset = open + 1
        var end = lineEnd(index)

        func finish(_ buffer: [UInt8], line: Int, offset: Int, closed: Bool) -> QuotedRead {
            QuotedRead(
                scalar: YAMLScalar(
                    value: String(decoding: buffer, as: UTF8.self), style: style, location: startLocation),
                endLine: line, endOffset: offset, closed: closed)
        }

        while true {
            var escapedBreak = false
            while offset < end {
                let byte = bytes[offset]
                if byte == quote {
                    if !double && offset + 1 < end && bytes[offset + 1] == ASCII.singleQuote {
                        buffer.append(ASCII.singleQuote)
                        offset += 2
                        continue
                    }
                    return finish(buffer, line: current, offset: offset + 1, closed: true)
                }
                if double && byte == ASCII.backslash {
                    if offset + 1 == end {
                        escapedBreak = true
                        offset = end
                        break
                    }
                    offset = readEscape(current, offset, into: &buffer)
                    continue
                }
                if byte == ASCII.space || byte == ASCII.tab {
                    var run = offset + 1
                    while run < end && (bytes[run] == ASCII.space || bytes[run] == ASCII.tab) { run += 1 }
                    // Whitespace before a line break is not part of the text.
                    if run < end { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<run])) }
                    offset = run
                    continue
                }
                var run = offset + 1
                while run < end {
                    let next = bytes[run]
                    if next == quote || next == ASCII.space || next == ASCII.tab || (double && next == ASCII.backslash)
                    {
                        break
                    }
                    run += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<run]))
                offset = run
            }

            // The line ended inside the quotes: find the line the text continues on.
            let (next, nextLayout, blankLines) = skipBlankLines(from: current + 1)
            guard let layout = nextLayout, layout.marker == nil else {
                let whereEnds = nextLayout == nil ? "the end of the file" : "the \"---\" or \"...\" line"
                sink.report(
                    .unclosedQuote, "the quoted text starting here is not closed before \(whereEnds)",
                    at: startLocation, hint: "add the closing \(double ? "\"" : "'")")
                return finish(buffer, line: next - 1, offset: lineEnd(next - 1), closed: false)
            }
            checkIndentation(next, layout)
            if layout.indent <= parent {
                report(
                    .quotedContinuationIndentation,
                    "this line continues the quoted text from line \(index + 1) but is not indented",
                    line: next, offset: layout.contentStart,
                    hint: "add the missing closing \(double ? "\"" : "'") on line \(current + 1), or indent this line")
                return finish(buffer, line: current, offset: end, closed: false)
            }
            if escapedBreak {
                buffer.append(contentsOf: repeatElement(ASCII.lineFeed, count: blankLines))
            } else if blankLines == 0 {
                buffer.append(ASCII.space)
            } else {
                buffer.append(contentsOf: repeatElement(ASCII.lineFeed, count: blankLines))
            }
            current = next
            offset = layout.contentStart
            end = layout.end
        }
    }

    /// Reads the escape whose backslash is at `offset` (not the last byte of the line);
    /// returns the offset after it.
    mutating func readEscape(_ index: Int, _ offset: Int, into buffer: inout [UInt8]) -> Int {
        let end = lineEnd(index)
        let code = bytes[offset + 1]
        let simple: UInt32?
        switch code {
        case UInt8(ascii: "0"): simple = 0x00
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"), ASCII.tab: simple = 0x09
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "v"): simple = 0x0B
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "e"): simple = 0x1B
        case ASCII.space: simple = 0x20
        case ASCII.doubleQuote: simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case ASCII.backslash: simple = 0x5C
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        default: simple = nil
        }
        if let simple {
            Characters.appendUTF8(simple, to: &buffer)
            return offset + 2
        }
        let digits: Int
        switch code {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            let shown =
                code < 0x80 && code >= 0x20
                ? "\\" + String(UnicodeScalar(code))
                : "\\ followed by \(Characters.describe(Characters.scalar(in: bytes, at: offset + 1)))"
            report(
                .invalidEscape, "unknown escape \"\(shown)\" in double-quoted text", line: index, offset: offset,
                hint: "write \\\\ for a backslash, or use single quotes, in which \\ has no special meaning")
            return offset + 1
        }
        var value: UInt32 = 0
        var position = offset + 2
        while position < offset + 2 + digits {
            guard position < end, let digit = Self.hexValue(bytes[position]) else {
                report(
                    .invalidEscape,
                    "\"\\\(String(UnicodeScalar(code)))\" must be followed by \(digits) hexadecimal digits",
                    line: index, offset: offset, hint: "write the code with exactly \(digits) digits 0-9, A-F")
                return offset + 2
            }
            value = value << 4 | digit
            position += 1
        }
        if (0xD800...0xDFFF).contains(value) {
            report(
                .invalidEscape, "escape for \(Characters.describe(value)), half of a UTF-16 surrogate pair",
                line: index, offset: offset,
                hint: "write the character itself, or its code point with \\U and 8 digits (\\U0001F600)")
        } else if value > 0x10FFFF {
            report(
                .invalidEscape, "escape for a code point beyond U+10FFFF", line: index, offset: offset,
                hint: "Unicode ends at U+10FFFF; check the digits")
        } else {
            Characters.appendUTF8(value, to: &buffer)
        }
        return position
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Checks that nothing but a comment follows a closing quote; `after` is the first
    /// non-space offset after `closing`.
    mutating func checkAfterClosingQuote(_ index: Int, _ closing: Int, after: Int) {
        let end = lineEnd(index)
        guard after < end else { return }
        if bytes[after] == ASCII.hash && after > closing { return }
        report(
            .textAfterQuote, "text after the closing quote", line: index, offset: after,
            hint: bytes[after] == ASCII.hash
                ? "put a space before the '#' of a comment"
                : "put all of the text inside the quotes (write '' for a ' inside single quotes, \\\" inside double quotes)"
        )
    }
}

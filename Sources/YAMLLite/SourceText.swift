import CompetencyDiagnostics

/// One line of the input, as byte offsets into the file.
struct SourceLine {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset just past the line's last byte, before its line break.
    var end: Int
}

/// The validated bytes of a file split into lines: what every later stage reads.
///
/// The parser works on bytes, never on `Character`s: YAML's syntax is all ASCII, so byte
/// comparisons find every indicator, and grapheme breaking would cost far more than parsing.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [SourceLine]
    /// Whether the last line ends with a line break. Block scalars need to know: the final
    /// line break of a `|` block is only kept if it is really there.
    let lastLineHasBreak: Bool

    /// Whether `line` is followed by a line break.
    func hasBreak(after line: Int) -> Bool {
        line < lines.count - 1 || lastLineHasBreak
    }

    /// The text of `range` as a string. The bytes were validated (or reported) already, so
    /// invalid sequences only appear in files that have errors and are decoded lossily.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

/// Turns byte offsets into ``SourceLocation``s.
///
/// Columns count Unicode scalars, so finding one means counting the scalars before it on its
/// line. The locator remembers the last position it computed and counts on from there when
/// asked about a later position on the same line, which keeps the total work linear even on
/// a 50 MB line with many nodes or diagnostics.
struct Locator {
    private var line = -1
    private var offset = 0
    private var column = 1

    /// The location of byte `offset`, which lies on (or just past the end of) line `line`
    /// (0-based).
    mutating func location(line: Int, offset target: Int, in source: SourceText) -> SourceLocation {
        let lineStart = source.lines.isEmpty ? 0 : source.lines[line].start
        if line != self.line || target < offset {
            self.line = line
            offset = lineStart
            column = 1
        }
        let bytes = source.bytes
        var count = 0
        var index = offset
        while index < target {
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        column += count
        offset = target
        return SourceLocation(line: line + 1, column: column, offset: target)
    }
}

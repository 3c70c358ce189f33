import CompetencyDiagnostics

/// The state the structure parser and the scalar readers share.
///
/// Parsing is line-oriented: block YAML is defined by indentation, so the parser looks at
/// one line at a time, decides from its indentation and first characters what it holds, and
/// hands multi-line scalars to the readers in `PlainScalarReader.swift`,
/// `QuotedScalarReader.swift` and `BlockScalarReader.swift`. Every function consumes at
/// least the line it starts on, which is what makes the parse linear and guarantees that it
/// ends.
struct Parser {
    let source: SourceText
    var sink: DiagnosticSink
    private var locator = Locator()
    /// The first line not yet consumed.
    var line = 0
    /// The last line whose indentation has been checked, so each line is reported once.
    private var checkedThrough = -1

    init(source: SourceText, sink: DiagnosticSink) {
        self.source = source
        self.sink = sink
    }

    var bytes: UnsafeBufferPointer<UInt8> { source.bytes }
    var lineCount: Int { source.lines.count }
    func lineEnd(_ index: Int) -> Int { source.lines[index].end }

    mutating func location(_ line: Int, _ offset: Int) -> SourceLocation {
        locator.location(line: line, offset: offset, in: source)
    }

    mutating func report(
        _ rule: YAMLLiteRule, _ message: String, line: Int, offset: Int, hint: String? = nil
    ) {
        sink.report(rule, message, at: location(line, offset), hint: hint)
    }

    /// An empty plain scalar, the value of `key:` or `-` with nothing after it. Also stands
    /// in for a node that could not be parsed, so that the tree stays well formed.
    func emptyScalar(at location: SourceLocation) -> YAMLNode {
        .scalar(YAMLScalar(value: "", style: .plain, location: location))
    }

    // MARK: - Lines

    /// What the start of a line looks like.
    struct LineLayout {
        /// The width of the leading whitespace. Tabs and Unicode spaces count as one column
        /// each: they are errors, and this lets the parse go on as if they were spaces.
        var indent: Int
        /// Offset of the first byte after the leading whitespace.
        var contentStart: Int
        var end: Int
        var firstTab: Int?
        var firstUnicodeSpace: Int?
        /// `-` for a `---` line, `.` for a `...` line, at column 1.
        var marker: UInt8?

        var isBlank: Bool { contentStart == end }
        var isComment: Bool
    }

    func layout(_ index: Int) -> LineLayout {
        let line = source.lines[index]
        var offset = line.start
        var indent = 0
        var firstTab: Int?
        var firstUnicodeSpace: Int?
        while offset < line.end {
            let byte = bytes[offset]
            if byte == ASCII.space {
                offset += 1
            } else if byte == ASCII.tab {
                if firstTab == nil { firstTab = offset }
                offset += 1
            } else {
                let length = Characters.unicodeSpaceLength(in: bytes, at: offset, end: line.end)
                guard length > 0 else { break }
                if firstUnicodeSpace == nil { firstUnicodeSpace = offset }
                offset += length
            }
            indent += 1
        }
        var marker: UInt8?
        if offset == line.start && line.end - offset >= 3 {
            let first = bytes[offset]
            if (first == ASCII.minus || first == ASCII.period) && bytes[offset + 1] == first
                && bytes[offset + 2] == first
                && (line.end - offset == 3 || bytes[offset + 3] == ASCII.space || bytes[offset + 3] == ASCII.tab)
            {
                marker = first
            }
        }
        return LineLayout(
            indent: indent, contentStart: offset, end: line.end, firstTab: firstTab,
            firstUnicodeSpace: firstUnicodeSpace, marker: marker,
            isComment: offset < line.end && bytes[offset] == ASCII.hash)
    }

    /// The first line from `index` on that is not blank, with its layout (`nil` past the last
    /// line), and how many blank lines came before it; the indentation of those blank lines is
    /// checked on the way. Folded text turns the count into line breaks.
    mutating func skipBlankLines(from index: Int) -> (next: Int, layout: LineLayout?, blankLines: Int) {
        var next = index
        while next < lineCount {
            let layout = layout(next)
            guard layout.isBlank else { return (next, layout, next - index) }
            checkIndentation(next, layout)
            next += 1
        }
        return (next, nil, next - index)
    }

    /// Reports a tab or Unicode space in the leading whitespace of a line that is not the
    /// content of a block scalar. Block scalars keep such characters as text, so the check
    /// happens as lines are consumed rather than in the input scan.
    mutating func checkIndentation(_ index: Int, _ layout: LineLayout) {
        guard index > checkedThrough else { return }
        checkedThrough = index
        if let tab = layout.firstTab, layout.firstUnicodeSpace.map({ tab < $0 }) ?? true {
            report(
                .tabIndentation,
                layout.isBlank ? "tab character on an empty line" : "tab character in the indentation",
                line: index, offset: tab,
                hint: "indent with spaces only; YAML does not allow tabs here (set your editor to insert spaces)")
        } else if let space = layout.firstUnicodeSpace {
            let name = Characters.describe(Characters.scalar(in: bytes, at: space))
            report(
                .unicodeSpaceIndentation, "\(name) in the indentation looks like a space but is not one",
                line: index, offset: space, hint: "replace it with ordinary spaces")
        }
    }

    /// Marks lines as handled by a block scalar, whose leading whitespace is its own business.
    mutating func markChecked(through index: Int) {
        checkedThrough = max(checkedThrough, index)
    }

    /// The next line with content, skipping (and consuming) blank and comment lines.
    mutating func peekContentLine() -> Int? {
        while line < lineCount {
            if sink.isFull { return nil }
            let layout = layout(line)
            checkIndentation(line, layout)
            if layout.isBlank || layout.isComment {
                line += 1
                continue
            }
            return line
        }
        return nil
    }

    /// Consumes line `index` and every following line that is blank, a comment, or indented
    /// more than `indent`: the recovery after an error, which drops the broken node and its
    /// children and carries on with the next sibling.
    mutating func skipLines(from index: Int, deeperThan indent: Int) {
        line = index + 1
        while line < lineCount {
            let layout = layout(line)
            guard layout.isBlank || layout.isComment || (layout.indent > indent && layout.marker == nil) else {
                break
            }
            line += 1
        }
    }

    // MARK: - Within a line

    /// Skips spaces from `offset`, reporting a tab used as a space; returns the next offset.
    mutating func skipInlineSpaces(_ index: Int, from offset: Int) -> Int {
        let end = lineEnd(index)
        var offset = offset
        var reported = false
        while offset < end {
            let byte = bytes[offset]
            if byte == ASCII.tab && !reported {
                reported = true
                report(
                    .tabSeparator, "tab character used as a space", line: index, offset: offset,
                    hint: "use spaces; outside quoted text YAML does not allow tabs")
            }
            guard byte == ASCII.space || byte == ASCII.tab else { break }
            offset += 1
        }
        return offset
    }

    /// Whether the byte at `offset` is followed by a space, a tab or the end of the line, as
    /// the indicators `-`, `?` and `:` must be to count as indicators.
    func isFollowedByBlank(_ index: Int, _ offset: Int) -> Bool {
        let next = offset + 1
        return next >= lineEnd(index) || bytes[next] == ASCII.space || bytes[next] == ASCII.tab
    }

    /// Whether `offset` starts a `- ` list item.
    func isListItem(_ index: Int, _ offset: Int) -> Bool {
        offset < lineEnd(index) && bytes[offset] == ASCII.minus && isFollowedByBlank(index, offset)
    }

    /// Whether the rest of the line from `offset` is empty or a comment.
    func isEndOfContent(_ index: Int, _ offset: Int) -> Bool {
        offset >= lineEnd(index) || bytes[offset] == ASCII.hash
    }
}

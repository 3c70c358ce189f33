import CompetencyDiagnostics

/// Lays styled text out for the terminal: wrapped to a width with hanging indents, coloured
/// with ANSI escapes when colour is on, and with plain markers (`[+added+]`) when it is off.
struct TextLayout: Sendable {
    /// Whether to emit ANSI escape sequences.
    var colour: Bool
    /// The column count lines are wrapped to.
    var width: Int

    /// The narrowest width text is wrapped to, whatever the terminal says.
    static let minimumWidth = 20

    init(colour: Bool, width: Int) {
        self.colour = colour
        self.width = max(Self.minimumWidth, width)
    }

    // MARK: - Without wrapping

    /// `text` on one line (newlines kept), styled.
    func render(_ text: StyledText) -> String {
        render(pieces: decorate(text).map { ($0.text, $0.role) })
    }

    /// The number of columns `text` takes once rendered (markers included, escapes not).
    func visibleWidth(_ text: StyledText) -> Int {
        decorate(text).reduce(0) { $0 + $1.text.count }
    }

    // MARK: - Wrapping

    /// `text` wrapped to ``width``: the first line starts with `prefix`, later lines with
    /// `indent` spaces. Newlines in `text` start a new line; a blank line stays blank.
    /// Returns the lines, without terminators.
    func wrap(_ text: StyledText, prefix: StyledText = StyledText(), indent: Int = 0) -> [String] {
        let prefixWidth = visibleWidth(prefix)
        let indentText = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current: [Word] = []
        var currentWidth = prefixWidth
        var isFirstLine = true

        func flush() {
            let lead = isFirstLine ? render(prefix) : indentText
            let body = renderLine(current)
            lines.append(body.isEmpty ? trimmedTrailing(lead) : lead + body)
            current = []
            currentWidth = indent
            isFirstLine = false
        }

        for token in tokens(decorate(text)) {
            switch token {
            case .newline:
                flush()
            case .word(let word):
                let needed = current.isEmpty ? word.width : word.width + 1
                if !current.isEmpty, currentWidth + needed > width {
                    flush()
                }
                currentWidth += current.isEmpty ? word.width : word.width + 1
                current.append(word)
            }
        }
        if !current.isEmpty || lines.isEmpty || isFirstLine { flush() }
        return lines
    }

    /// ``wrap(_:prefix:indent:)`` joined into one string ending in a newline.
    func paragraph(_ text: StyledText, prefix: StyledText = StyledText(), indent: Int = 0) -> String {
        wrap(text, prefix: prefix, indent: indent).joined(separator: "\n") + "\n"
    }

    /// `text` wrapped with every line indented by `indent` spaces.
    func indented(_ text: StyledText, by indent: Int) -> String {
        paragraph(text, prefix: StyledText(String(repeating: " ", count: indent)), indent: indent)
    }

    /// `label` padded to `column` columns, then `text` wrapped so that later lines line up
    /// under its first word: the layout of a definition list or a table of codes.
    func hanging(_ label: StyledText, column: Int, _ text: StyledText, leading: Int = 0) -> String {
        let lead = String(repeating: " ", count: leading)
        let labelWidth = visibleWidth(label)
        if labelWidth + leading >= column {
            // A label too wide for its column gets a line of its own.
            return render(StyledText(lead) + label) + "\n"
                + paragraph(text, prefix: StyledText(String(repeating: " ", count: column)), indent: column)
        }
        let padding = String(repeating: " ", count: column - labelWidth - leading)
        return paragraph(text, prefix: StyledText(lead) + label + StyledText(padding), indent: column)
    }

    // MARK: - Internals

    /// A piece of a word with one role.
    private struct Piece {
        var text: String
        var role: TextRole
    }

    /// Text that must not be broken across lines, and the role of the space after it.
    private struct Word {
        var pieces: [Piece]
        var width: Int
        var spaceRole: TextRole = .plain
    }

    private enum Token {
        case word(Word)
        case newline
    }

    /// In plain mode, markers are written into the text so that they are wrapped and counted
    /// like the words they surround; in colour mode the text is left as it is. Either way,
    /// characters that would act on the terminal instead of showing (controls a framework file
    /// can hold through escapes, bidirectional overrides, line separators) are made visible
    /// first: only the layout's own colour escapes reach the terminal.
    private func decorate(_ text: StyledText) -> [TextSpan] {
        let text = StyledText(
            spans: text.spans.map {
                TextSpan(text: Diagnostic.printable($0.text, keepingLineFeedsAndTabs: true), role: $0.role)
            })
        guard !colour else { return text.spans }
        var spans: [TextSpan] = []
        for span in text.spans {
            guard let markers = span.role.plainMarkers else {
                spans.append(TextSpan(text: span.text, role: .plain))
                continue
            }
            // Keep the markers tight against the words, outside surrounding spaces.
            let leading = span.text.prefix { $0 == " " }
            let trailing = span.text.reversed().prefix { $0 == " " }
            let core = span.text.dropFirst(leading.count).dropLast(trailing.count)
            guard !core.isEmpty else {
                spans.append(TextSpan(text: span.text, role: .plain))
                continue
            }
            spans.append(
                TextSpan(
                    text: leading + markers.open + core + markers.close + String(trailing),
                    role: .plain))
        }
        return spans
    }

    private func tokens(_ spans: [TextSpan]) -> [Token] {
        var tokens: [Token] = []
        var pieces: [Piece] = []
        var width = 0
        func endWord(spaceRole: TextRole) {
            guard !pieces.isEmpty else { return }
            tokens.append(.word(Word(pieces: pieces, width: width, spaceRole: spaceRole)))
            pieces = []
            width = 0
        }
        for span in spans {
            var run = ""
            func endRun() {
                if !run.isEmpty {
                    pieces.append(Piece(text: run, role: span.role))
                    run = ""
                }
            }
            for character in span.text {
                switch character {
                case "\n", "\r\n":
                    endRun()
                    endWord(spaceRole: .plain)
                    tokens.append(.newline)
                case " ", "\t":
                    endRun()
                    endWord(spaceRole: span.role)
                default:
                    run.append(character)
                    width += 1
                }
            }
            endRun()
        }
        endWord(spaceRole: .plain)
        return tokens
    }

    /// The words of one line joined by single spaces. A space between two words of the same
    /// role takes that role, so that a struck-through phrase is struck through as a whole.
    private func renderLine(_ words: [Word]) -> String {
        var pieces: [(String, TextRole)] = []
        for (index, word) in words.enumerated() {
            if index > 0 {
                let previous = words[index - 1]
                let role =
                    previous.spaceRole == previous.pieces.last?.role
                        && previous.spaceRole == word.pieces.first?.role ? previous.spaceRole : .plain
                pieces.append((" ", role))
            }
            pieces += word.pieces.map { ($0.text, $0.role) }
        }
        return render(pieces: pieces)
    }

    private func render(pieces: [(String, TextRole)]) -> String {
        guard colour else { return pieces.map(\.0).joined() }
        var output = ""
        var index = 0
        while index < pieces.count {
            let role = pieces[index].1
            var text = ""
            while index < pieces.count, pieces[index].1 == role {
                text += pieces[index].0
                index += 1
            }
            if let style = role.terminalStyle {
                // Escapes never span a newline, so that every line is styled on its own.
                output += text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "\u{1B}[\(style)m\($0)\u{1B}[0m" }
                    .joined(separator: "\n")
            } else {
                output += text
            }
        }
        return output
    }

    private func trimmedTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

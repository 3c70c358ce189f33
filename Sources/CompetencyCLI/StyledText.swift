/// What a piece of text is, which decides how it looks: a colour in a terminal, a marker
/// such as `[+added+]` in plain text, or nothing at all.
enum TextRole: Hashable, Sendable {
    case plain
    /// Emphasis, such as a code or a heading.
    case strong
    /// Secondary information, such as counts and level ids.
    case dim
    /// Words a descriptor gains from one level to the next.
    case added
    /// Words a descriptor loses from one level to the next.
    case removed
    /// Words that matched a search.
    case match
    /// A declared gap.
    case gap
    case error
    case warning

    /// The SGR parameters used in a terminal, or `nil` for no styling.
    var terminalStyle: String? {
        switch self {
        case .plain: nil
        case .strong: "1"
        case .dim: "2"
        case .added: "1;32"
        case .removed: "2;9"
        case .match: "1;33"
        case .gap: "2;3"
        case .error: "1;31"
        case .warning: "1;35"
        }
    }

    /// The markers around the text in plain output, so that the meaning survives without
    /// colour (`[+added+]`, `[-removed-]`, `**match**`).
    var plainMarkers: (open: String, close: String)? {
        switch self {
        case .added: ("[+", "+]")
        case .removed: ("[-", "-]")
        case .match: ("**", "**")
        default: nil
        }
    }
}

/// A run of text with one role.
struct TextSpan: Hashable, Sendable {
    var text: String
    var role: TextRole
}

/// Text made of styled runs, laid out by ``TextLayout``.
struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
    var spans: [TextSpan]

    init(spans: [TextSpan] = []) {
        self.spans = spans
    }

    init(_ text: String, _ role: TextRole = .plain) {
        spans = text.isEmpty ? [] : [TextSpan(text: text, role: role)]
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    static func strong(_ text: String) -> StyledText { StyledText(text, .strong) }
    static func dim(_ text: String) -> StyledText { StyledText(text, .dim) }

    var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }

    /// The text without any styling or markers.
    var plainText: String { spans.map(\.text).joined() }

    mutating func append(_ text: String, _ role: TextRole = .plain) {
        guard !text.isEmpty else { return }
        spans.append(TextSpan(text: text, role: role))
    }

    mutating func append(_ other: StyledText) {
        spans += other.spans
    }

    static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        StyledText(spans: lhs.spans + rhs.spans)
    }

    /// The elements joined by `separator`.
    static func joined(_ parts: [StyledText], separator: StyledText) -> StyledText {
        var result = StyledText()
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(separator) }
            result.append(part)
        }
        return result
    }
}

import CompetencyDiagnostics

/// One node of a YAML-lite document: text, a mapping of keys to nodes, or a list of nodes.
///
/// YAML-lite has no implicit typing, so there are no numbers, booleans or nulls: every leaf
/// is a ``YAMLScalar`` whose value is the text as written (after YAML's quoting, escaping and
/// line folding rules).
public enum YAMLNode: Hashable, Sendable {
    /// Text.
    case scalar(YAMLScalar)
    /// Keys mapped to nodes, in source order.
    case mapping(YAMLMapping)
    /// Nodes in source order.
    case sequence(YAMLSequence)

    /// Where the node starts: the first character of a scalar (the quote or the `|`/`>`
    /// indicator for quoted and block scalars), the first key of a mapping, the first `-` of
    /// a sequence.
    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }
}

/// How a scalar was written in the source.
///
/// The style never changes the kind of value (every scalar is text); tools keep it so that
/// they can report problems precisely or write a file back in the author's style.
public enum YAMLScalarStyle: String, Hashable, Sendable, CaseIterable {
    /// Unquoted text, possibly folded over several lines.
    case plain
    /// Text in `'single quotes'`, where `''` stands for one quote.
    case singleQuoted
    /// Text in `"double quotes"`, with backslash escapes.
    case doubleQuoted
    /// A `|` block: line breaks are kept.
    case literal
    /// A `>` block: line breaks between lines of text become spaces.
    case folded
}

/// A text value, with how and where it was written.
public struct YAMLScalar: Hashable, Sendable {
    /// The text, after unquoting, unescaping and line folding.
    public var value: String
    /// How the text was written.
    public var style: YAMLScalarStyle
    /// Where the text starts. An empty value (`key:` with nothing after it, or a bare `-`)
    /// is located just after its `:` or `-`.
    public var location: SourceLocation

    /// Creates a scalar.
    public init(value: String, style: YAMLScalarStyle = .plain, location: SourceLocation) {
        self.value = value
        self.style = style
        self.location = location
    }
}

/// Keys mapped to nodes, in the order they were written.
///
/// In a document without errors every key is unique.
public struct YAMLMapping: Hashable, Sendable {
    /// The entries in source order.
    public var entries: [YAMLMappingEntry]
    /// Where the mapping starts: the location of its first key.
    public var location: SourceLocation

    /// Creates a mapping.
    public init(entries: [YAMLMappingEntry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The value of the first entry whose key is `key`, or `nil` if there is none.
    ///
    /// This is a linear search, which is the right trade-off for the small mappings of
    /// hand-written files; index ``entries`` yourself for very large mappings.
    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key.value == key }?.value
    }
}

/// One `key: value` entry of a ``YAMLMapping``.
public struct YAMLMappingEntry: Hashable, Sendable {
    /// The key, which is always text.
    public var key: YAMLScalar
    /// The value.
    public var value: YAMLNode

    /// Creates an entry.
    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A list of nodes written as `- ` items, in source order.
public struct YAMLSequence: Hashable, Sendable {
    /// The items in source order.
    public var items: [YAMLNode]
    /// Where the sequence starts: the location of its first `-`.
    public var location: SourceLocation

    /// Creates a sequence.
    public init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

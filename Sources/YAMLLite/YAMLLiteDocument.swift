import CompetencyDiagnostics

/// A parsed YAML-lite file.
public struct YAMLLiteDocument: Hashable, Sendable {
    /// The top-level node, or `nil` when the file is empty or holds only comments (and
    /// possibly a leading `---`).
    public var root: YAMLNode?

    /// Creates a document.
    public init(root: YAMLNode?) {
        self.root = root
    }
}

/// Everything ``YAMLLite`` found in one file.
///
/// When ``diagnostics`` contains an error the document may be partial or wrong; only use
/// the document of a file without errors. Warnings never change the document.
public struct YAMLLiteParseResult: Sendable {
    /// The document.
    public var document: YAMLLiteDocument
    /// Every problem found, errors and warnings, in source order. If there were too many,
    /// the list ends with a diagnostic saying so.
    public var diagnostics: [Diagnostic]
    /// The file decoded as text, without a leading byte order mark, for echoing source
    /// lines under diagnostics. Invalid UTF-8 is decoded lossily (as U+FFFD).
    public var text: String

    /// Creates a result.
    public init(document: YAMLLiteDocument, diagnostics: [Diagnostic], text: String) {
        self.document = document
        self.diagnostics = diagnostics
        self.text = text
    }
}

import CompetencyDiagnostics

/// The stable rule codes of YAML-lite, one case per kind of problem.
///
/// Codes never change meaning once published: tools and people search for them. Each is
/// documented with one line in `docs/diagnostics-yaml.md`, and a test keeps that table and
/// this list in step. `Y1xx` are about the bytes of the file, `Y2xx` about its layout and
/// syntax, `Y3xx` about YAML features YAML-lite leaves out on purpose, `Y9xx` about limits.
enum YAMLLiteRule: String, CaseIterable, Sendable {
    // Encoding and characters.
    case notUTF8 = "Y101"
    case invalidUTF8 = "Y102"
    case controlCharacter = "Y103"
    case nulByte = "Y104"
    case unicodeLineSeparator = "Y105"
    case byteOrderMarkInside = "Y106"
    case loneCarriageReturn = "Y107"
    case mixedLineEndings = "Y108"
    case trailingWhitespace = "Y109"
    case invisibleCharacter = "Y110"

    // Layout and syntax.
    case tabIndentation = "Y201"
    case tabSeparator = "Y202"
    case unicodeSpaceIndentation = "Y203"
    case unexpectedIndentation = "Y204"
    case inconsistentIndentation = "Y205"
    case expectedKey = "Y206"
    case expectedListItem = "Y207"
    case listItemAmongKeys = "Y208"
    case listOnKeyLine = "Y209"
    case colonInPlainText = "Y210"
    case listMarkerInText = "Y211"
    case indicatorStartsText = "Y212"
    case missingKey = "Y213"
    case duplicateKey = "Y214"
    case multiLineKey = "Y215"
    case unclosedQuote = "Y216"
    case invalidEscape = "Y217"
    case textAfterQuote = "Y218"
    case quotedContinuationIndentation = "Y219"
    case blockScalarHeader = "Y220"
    case blockScalarLeadingBlank = "Y221"
    case topLevelIndentationIndicator = "Y222"
    case textAfterDocumentStart = "Y223"
    case textAfterDocument = "Y224"
    case wordProcessorBullet = "Y225"
    case blockScalarAtEndOfFile = "Y226"
    case unicodeSpaceAfterColon = "Y227"

    // YAML features left out of YAML-lite.
    case flowSequence = "Y301"
    case flowMapping = "Y302"
    case anchor = "Y303"
    case alias = "Y304"
    case tag = "Y305"
    case directive = "Y306"
    case secondDocument = "Y307"
    case documentEnd = "Y308"
    case complexKey = "Y309"
    case mergeKey = "Y310"

    // Limits.
    case tooManyErrors = "Y900"
    case tooManyWarnings = "Y901"
    case nestingTooDeep = "Y902"
    case keyTooLong = "Y903"

    /// The stable code, such as `Y201`.
    var code: String { rawValue }

    /// How serious every diagnostic of this rule is.
    var severity: Severity {
        switch self {
        case .mixedLineEndings, .trailingWhitespace, .invisibleCharacter, .wordProcessorBullet,
            .unicodeSpaceAfterColon, .tooManyWarnings:
            .warning
        default:
            .error
        }
    }
}

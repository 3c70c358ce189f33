import CompetencyDiagnostics

/// The rules a framework file is checked against, each with its stable code.
///
/// Codes never change meaning once published; `docs/diagnostics.md` has one line per code,
/// and a test keeps that page and this list in step. Syntax rules (`Y…`) belong to YAML-lite.
public enum FrameworkRule: String, CaseIterable, Sendable, CheckRule {
    case unreadableFile = "F001"
    case notAMapping = "F100"
    case unknownKey = "F101"
    case missingKey = "F102"
    case wrongType = "F103"
    case emptyText = "F104"
    case emptyList = "F105"
    case invalidIdentifier = "F110"
    case duplicateLevel = "F111"
    case invalidDate = "F112"
    case invalidSymbol = "F113"
    case malformedCode = "F120"
    case duplicateCode = "F121"
    case missingDescriptor = "F130"
    case gapWithDescriptor = "F131"
    case unknownLevel = "F132"
    case duplicateDescriptors = "F140"
    case repeatedStem = "F141"
    case strayWhitespace = "F150"
    case invisibleCharacter = "F151"
    case tooManyProblems = "F900"

    /// Whether breaking the rule is an error or a warning.
    public var severity: Severity {
        switch self {
        case .duplicateDescriptors, .repeatedStem, .strayWhitespace, .invisibleCharacter:
            .warning
        case .tooManyProblems:
            .note
        default:
            .error
        }
    }

    /// One line on what the rule checks, as `docs/diagnostics.md` shows it.
    public var summary: String {
        switch self {
        case .unreadableFile: "The file does not exist, is a directory, cannot be read, or is too large."
        case .notAMapping: "The file (or an entry of a list) must be a mapping of keys to values."
        case .unknownKey: "A key the format does not define; the message suggests the nearest known key."
        case .missingKey: "A required key is missing; the message names the key and its parent."
        case .wrongType: "A value has the wrong shape: text where a list or mapping belongs, or the reverse."
        case .emptyText: "A title, name, descriptor, code or reason is empty."
        case .emptyList: "A list that needs at least one entry (levels, domains, subdomains, components) is empty."
        case .invalidIdentifier: "A framework or level id is not lower-kebab-case (letters, digits and single hyphens)."
        case .duplicateLevel: "Two levels share an id or a name."
        case .invalidDate: "`date` is not a real calendar date written YYYY-MM-DD."
        case .invalidSymbol: "A `symbol` is not a valid Swift identifier."
        case .malformedCode: "A code is not letters and digits in groups joined by `.` or `-`."
        case .duplicateCode: "Two domains, subdomains or components share a code (ignoring case and `-`/`.`)."
        case .missingDescriptor: "A component has neither a descriptor nor a declared gap for a level."
        case .gapWithDescriptor: "A gap is declared for a level that also has a descriptor."
        case .unknownLevel: "A descriptor or gap names a level id the framework does not define."
        case .duplicateDescriptors: "A component has the same descriptor text at two levels."
        case .repeatedStem: "A descriptor begins with the framework's stem, which is already printed before it."
        case .strayWhitespace: "Text has leading, trailing or doubled spaces, or a tab."
        case .invisibleCharacter:
            "Text holds a space that is not an ordinary space: a no-break, thin, ideographic or other Unicode space."
        case .tooManyProblems: "Checking stopped after many problems; fix these and run again."
        }
    }

    /// A diagnostic for this rule at `location`.
    package func diagnostic(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, code: rawValue, message: message, at: location, hint: hint)
    }
}

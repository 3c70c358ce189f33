import CompetencyDiagnostics
import CompetencyFramework
import FrameworkLoading

/// The rules a reflection file is checked against, each with its stable code.
///
/// Codes never change meaning once published; `docs/diagnostics.md` lists them in its
/// "Reflection rules" section, and a test keeps that table and this list in step. Syntax
/// problems keep their YAML-lite codes (`Y…`).
public enum ReflectionRule: String, CaseIterable, Sendable, CheckRule {
    case unreadableFile = "R100"
    case notAMapping = "R101"
    case unknownKey = "R102"
    case missingKey = "R103"
    case wrongType = "R104"
    case invalidDate = "R105"
    case frameworkMismatch = "R110"
    case unknownComponent = "R120"
    case notAComponent = "R121"
    case duplicateEntry = "R122"
    case unknownLevel = "R130"
    case invalidFocus = "R131"
    case notYetReflectedOn = "R140"
    case tooManyProblems = "R190"

    /// Whether breaking the rule is an error, a warning or a note.
    public var severity: Severity {
        switch self {
        case .notYetReflectedOn, .tooManyProblems: .note
        default: .error
        }
    }

    /// One line on what the rule checks, as `docs/diagnostics.md` shows it.
    public var summary: String {
        switch self {
        case .unreadableFile: "The file does not exist, is a directory, cannot be read, or is too large."
        case .notAMapping: "The file, or an entry under `components`, must be a mapping of keys to values."
        case .unknownKey: "A key a reflection file does not define; the message suggests the nearest known key."
        case .missingKey: "`framework`, `components` or an entry's `code` is missing or empty."
        case .wrongType: "A value has the wrong shape: a list or mapping where text belongs, or the reverse."
        case .invalidDate: "`date` is not a real calendar date written YYYY-MM-DD."
        case .frameworkMismatch: "`framework` names another framework than the one the file is checked against."
        case .unknownComponent: "A `code` is not a component of the framework; the message suggests the nearest codes."
        case .notAComponent: "A `code` names a domain or subdomain: reflect on its components instead."
        case .duplicateEntry: "Two entries are for the same component (ignoring case and `-`/`.`)."
        case .unknownLevel: "A `level` is neither a level id nor a level name of the framework."
        case .invalidFocus: "`focus` is not `yes` or `no`."
        case .notYetReflectedOn: "Some components have no level yet (allowed: a reflection can be filled in over time)."
        case .tooManyProblems: "Checking stopped after many problems; fix these and run again."
        }
    }

    /// A diagnostic for this rule at `location`.
    package func diagnostic(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, code: rawValue, message: message, at: location, hint: hint)
    }
}

/// One problem found in a source file: what it is, where it is, and how serious.
///
/// Every stage of the kit reports problems with this type, from the YAML-lite parser to the
/// framework validator and the reflection checker, so that the CLI, the build plugin and
/// library users all see the same codes and locations. Rule codes are stable and documented
/// in `docs/diagnostics.md`.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public var severity: Severity
    /// The stable rule code, such as `Y101` or `F204`.
    public var code: String
    /// A one-line explanation written for the author of the file.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation
    /// An optional suggestion of what to do about it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        code: String,
        message: String,
        at location: SourceLocation,
        hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// Creates an error.
    public static func error(
        _ code: String, _ message: String, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: location, hint: hint)
    }

    /// Creates a warning.
    public static func warning(
        _ code: String, _ message: String, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: location, hint: hint)
    }

    /// `line:col: severity: message [CODE]`, without a file path.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }

    /// The form compilers use, which SwiftPM, Xcode and editors turn into inline errors:
    /// `path:line:col: error: message [CODE]`.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code)]"
    }
}

extension Sequence where Element == Diagnostic {
    /// Whether any element is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The elements in source order, errors before warnings at the same place.
    public func sortedBySource() -> [Diagnostic] {
        sorted { ($0.location, $1.severity) < ($1.location, $0.severity) }
    }
}

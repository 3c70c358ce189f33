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
        "\(location): \(severity.rawValue): \(Self.printable(message)) [\(code)]"
    }

    /// The form compilers use, which SwiftPM, Xcode and editors turn into inline errors:
    /// `path:line:col: error: message [CODE]`.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(Self.printable(message)) [\(code)]"
    }

    /// `text` made safe to print on one line of a terminal or of compiler-style output.
    ///
    /// Messages quote the file's own text (an unknown key, a duplicate key, a malformed code),
    /// and a file can hold anything, for example through escapes in double quotes. Control
    /// characters (which could end the line and forge another diagnostic, or start a terminal
    /// escape sequence), bidirectional embeddings, overrides and isolates (which reorder what
    /// is shown) and line and paragraph separators are printed as `\u{…}` escapes.
    ///
    /// Text laid out over several lines (the CLI's) passes `keepingLineFeedsAndTabs`: its own
    /// line feeds and tabs are layout, not something smuggled in.
    public static func printable(_ text: String, keepingLineFeedsAndTabs: Bool = false) -> String {
        func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x09: !keepingLineFeedsAndTabs
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnprintable(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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

/// How serious a ``Diagnostic`` is.
public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// Extra information attached to another diagnostic.
    case note
    /// A likely mistake that does not stop the file from being used.
    case warning
    /// A problem that makes the file unusable; builds fail on it.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

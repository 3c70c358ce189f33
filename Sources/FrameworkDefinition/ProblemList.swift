import CompetencyDiagnostics

/// The diagnostics found so far in one file, capped so that a badly broken file gives a
/// readable list instead of thousands of lines.
struct ProblemList {
    /// The most diagnostics one file reports before a final note.
    static let cap = 200

    private(set) var diagnostics: [Diagnostic] = []
    private var isFull = false

    init(_ diagnostics: [Diagnostic] = []) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    var containsErrors: Bool { diagnostics.containsErrors }

    mutating func append(_ diagnostic: Diagnostic) {
        guard !isFull else { return }
        if diagnostics.count == Self.cap {
            isFull = true
            diagnostics.append(
                FrameworkRule.tooManyProblems.diagnostic(
                    "stopped after \(Self.cap) problems", at: diagnostic.location))
            return
        }
        diagnostics.append(diagnostic)
    }

    mutating func report(
        _ rule: FrameworkRule, _ message: String, at location: SourceLocation, hint: String? = nil
    ) {
        append(rule.diagnostic(message, at: location, hint: hint))
    }
}

import CompetencyDiagnostics

/// A family of rules with stable codes: framework rules, reflection rules.
package protocol CheckRule {
    /// The rule whose note ends a list that reached ``ProblemList/cap``.
    static var tooManyProblems: Self { get }
    /// A diagnostic for this rule at `location`.
    func diagnostic(_ message: String, at location: SourceLocation, hint: String?) -> Diagnostic
}

/// The diagnostics found so far in one file, capped so that a badly broken file gives a
/// readable list instead of thousands of lines.
package struct ProblemList<Rule: CheckRule> {
    /// The most diagnostics one file reports before a final note.
    package static var cap: Int { 200 }

    package private(set) var diagnostics: [Diagnostic] = []
    /// Whether the list has reached its cap, so that reporting more only notes an error.
    package private(set) var isFull = false
    private var listsAnError = false

    package init(_ diagnostics: [Diagnostic] = []) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    package var containsErrors: Bool { diagnostics.containsErrors }

    package mutating func append(_ diagnostic: Diagnostic) {
        guard !isFull else {
            // A list full of warnings must still say that the file has an error: whether a
            // file loads (and the exit status) is decided by the errors listed.
            if diagnostic.severity == .error && !listsAnError {
                listsAnError = true
                diagnostics.insert(diagnostic, at: diagnostics.count - 1)
            }
            return
        }
        if diagnostic.severity == .error { listsAnError = true }
        if diagnostics.count == Self.cap {
            isFull = true
            diagnostics.append(
                Rule.tooManyProblems.diagnostic(
                    "stopped after \(Self.cap) problems", at: diagnostic.location, hint: nil))
            return
        }
        diagnostics.append(diagnostic)
    }

    package mutating func report(_ rule: Rule, _ message: String, at location: SourceLocation, hint: String? = nil) {
        append(rule.diagnostic(message, at: location, hint: hint))
    }
}

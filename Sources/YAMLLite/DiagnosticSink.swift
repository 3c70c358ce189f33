import CompetencyDiagnostics

/// Collects the diagnostics of one parse and enforces the caps.
///
/// Errors stop counting at ``YAMLLiteLimits/maximumErrors``: the sink then records one
/// final "too many errors" diagnostic and sets ``isFull`` so that the stages can stop early.
/// Warnings are capped per rule instead, because one noisy warning (trailing spaces on every
/// line, say) must not hide the errors after it.
struct DiagnosticSink {
    private var reported: [Diagnostic] = []
    private var errorCount = 0
    private var warningCounts: [YAMLLiteRule: Int] = [:]
    private var firstSuppressedWarning: [YAMLLiteRule: SourceLocation] = [:]
    private var overflow: SourceLocation?
    /// Offsets where an error has been reported. A second error at the same place is nearly
    /// always a consequence of the first, so it is dropped.
    private var errorOffsets: Set<Int> = []

    /// Whether the error cap has been reached; the stages check this to stop early.
    private(set) var isFull = false

    /// Whether any error has been reported.
    var hasErrors: Bool { errorCount > 0 }

    mutating func report(
        _ rule: YAMLLiteRule, _ message: String, at location: SourceLocation, hint: String? = nil
    ) {
        guard !isFull else { return }
        switch rule.severity {
        case .error:
            guard errorOffsets.insert(location.offset).inserted else { return }
            guard errorCount < YAMLLiteLimits.maximumErrors else {
                isFull = true
                overflow = location
                return
            }
            errorCount += 1
        default:
            let count = warningCounts[rule, default: 0]
            warningCounts[rule] = count + 1
            guard count < YAMLLiteLimits.maximumWarningsPerRule else {
                if firstSuppressedWarning[rule] == nil { firstSuppressedWarning[rule] = location }
                return
            }
        }
        reported.append(
            Diagnostic(rule.severity, code: rule.code, message: message, at: location, hint: hint))
    }

    /// The diagnostics in source order (errors before warnings at the same place), followed
    /// by the summaries of what the caps left out.
    func finished() -> [Diagnostic] {
        var result = reported.enumerated().sorted { a, b in
            let (left, right) = (a.element, b.element)
            if left.location.line != right.location.line { return left.location.line < right.location.line }
            if left.location.column != right.location.column {
                return left.location.column < right.location.column
            }
            if left.severity != right.severity { return left.severity > right.severity }
            return a.offset < b.offset
        }.map(\.element)
        for rule in YAMLLiteRule.allCases {
            guard let location = firstSuppressedWarning[rule] else { continue }
            let hidden = warningCounts[rule, default: 0] - YAMLLiteLimits.maximumWarningsPerRule
            result.append(
                Diagnostic(
                    .warning, code: YAMLLiteRule.tooManyWarnings.code,
                    message: "\(hidden) more \(hidden == 1 ? "warning" : "warnings") like [\(rule.code)] not shown",
                    at: location))
        }
        if let overflow {
            result.append(
                Diagnostic(
                    .error, code: YAMLLiteRule.tooManyErrors.code,
                    message: "too many errors; stopped after \(YAMLLiteLimits.maximumErrors)",
                    at: overflow, hint: "fix the errors above and check the file again"))
        }
        return result
    }
}

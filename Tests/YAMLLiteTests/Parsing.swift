import CompetencyDiagnostics
import Testing

@testable import YAMLLite

/// Parses `text` and returns the root, failing the test if there is any error.
func parseClean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLNode? {
    let result = YAMLLite.parse(text)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
    return result.document.root
}

/// The value of a scalar root, or `nil`.
func scalarValue(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    guard case .scalar(let scalar)? = parseClean(text, sourceLocation: sourceLocation) else { return nil }
    return scalar.value
}

/// The value of `key` in a mapping root, when it is a scalar.
func value(of key: String, in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    guard case .mapping(let mapping)? = parseClean(text, sourceLocation: sourceLocation),
        case .scalar(let scalar)? = mapping[key]
    else { return nil }
    return scalar.value
}

/// The codes of the diagnostics of `text`, in order.
func codes(_ text: String) -> [String] {
    YAMLLite.parse(text).diagnostics.map(\.code)
}

/// The codes of the diagnostics of `bytes`, in order.
func codes(_ bytes: [UInt8]) -> [String] {
    YAMLLite.parse(bytes).diagnostics.map(\.code)
}

/// The first diagnostic with `code`, if any.
func diagnostic(_ code: String, in text: String) -> Diagnostic? {
    YAMLLite.parse(text).diagnostics.first { $0.code == code }
}

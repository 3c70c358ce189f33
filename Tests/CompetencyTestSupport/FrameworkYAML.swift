import CompetencyDiagnostics
import CompetencyFramework
import FrameworkLoading
import Testing

/// Frameworks for tests written as framework-file text, read by the real loader: shorter
/// and easier to check than the model built by hand, and always a framework a user could
/// write.
public enum FrameworkYAML {
    /// The framework `text` describes. A file with errors fails the test with its rendered
    /// diagnostics and throws; so do warnings, unless `allowingWarnings` (for tests whose
    /// text is meant to be odd).
    public static func load(
        _ text: String, path: String = "sample.framework.yaml", allowingWarnings: Bool = false,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Framework {
        let file = FrameworkFile.load(text: text, path: path)
        let unexpected = allowingWarnings ? file.diagnostics.filter { $0.severity == .error } : file.diagnostics
        #expect(
            unexpected.isEmpty, "\(unexpected.map(file.render).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
        return try #require(file.framework, "\(path) does not load", sourceLocation: sourceLocation)
    }
}

import CompetencyDiagnostics
import CompetencyFramework

/// Compiles a ``Framework`` into Swift source: typed enums for its levels, domains,
/// subdomains and components, conforming to ``TypedFramework``, with the framework's own
/// words in every doc comment.
///
/// The output depends only on the framework, so it is byte-identical on every run and
/// machine. Its shape keeps compile time linear in the framework's size: types stay small
/// (one enum per subdomain), all text travels in one string literal that the type checker
/// reads at once, and no large collection literal is emitted. `docs/generated-code.md`
/// explains the shape and the measurements behind it.
public struct SwiftGenerator: Sendable {
    /// The name of the file the framework came from, shown in the generated header.
    public var sourceFileName: String

    /// Creates a generator for a framework read from `sourceFileName`.
    public init(sourceFileName: String) {
        self.sourceFileName = sourceFileName
    }

    /// The result of generating: the Swift source, and any naming problems that stop it.
    public struct Output: Sendable {
        /// The generated Swift source; empty if ``diagnostics`` holds errors.
        public var source: String
        /// Naming problems, located with the `nameLocations` passed to ``generate(_:nameLocations:)``.
        public var diagnostics: [Diagnostic]
    }

    /// Generates Swift for `framework`. `nameLocations` says where each element's name comes
    /// from in the file (its `symbol:` or its title), so that a clash is reported there.
    public func generate(
        _ framework: Framework, nameLocations: [FrameworkElement: SourceLocation] = [:]
    ) -> Output {
        let names = NamePlan(framework: framework, nameLocations: nameLocations)
        guard !names.diagnostics.containsErrors else {
            return Output(source: "", diagnostics: names.diagnostics)
        }
        var renderer = SwiftRenderer(framework: framework, names: names, sourceFileName: sourceFileName)
        return Output(source: renderer.render(), diagnostics: names.diagnostics)
    }
}

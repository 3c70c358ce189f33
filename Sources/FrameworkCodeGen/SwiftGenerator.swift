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

    /// The result of generating: the Swift files, and any naming problems that stop it.
    public struct Output: Sendable {
        /// The generated Swift files, the main one first; empty if ``diagnostics`` holds errors.
        public var files: [String]
        /// Naming problems, located with the `nameLocations` passed to
        /// ``SwiftGenerator/generate(_:nameLocations:parts:)``.
        public var diagnostics: [Diagnostic]

        /// All of the generated Swift as one source text (the files one after another, which
        /// is itself valid Swift); empty if ``diagnostics`` holds errors.
        public var source: String { files.joined() }
    }

    /// Generates Swift for `framework`. `nameLocations` says where each element's name comes
    /// from in the file (its `symbol:` or its title), so that a clash is reported there.
    ///
    /// With `parts` above 1 the code is split into that many files, so that a build compiles
    /// them in parallel: the first holds the framework type, its levels, domains and the data;
    /// the others hold the subdomains' component enums, balanced by number of components.
    /// Every file is produced even when it has nothing to hold, because a build plugin names
    /// its outputs before the generator runs. The public API is the same however many parts.
    public func generate(
        _ framework: Framework, nameLocations: [FrameworkElement: SourceLocation] = [:], parts: Int = 1
    ) -> Output {
        let names = NamePlan(framework: framework, nameLocations: nameLocations)
        guard !names.diagnostics.containsErrors else {
            return Output(files: [], diagnostics: names.diagnostics)
        }
        var renderer = SwiftRenderer(framework: framework, names: names, sourceFileName: sourceFileName)
        return Output(files: renderer.render(parts: parts), diagnostics: names.diagnostics)
    }
}

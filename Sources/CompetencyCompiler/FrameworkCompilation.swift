import CompetencyDiagnostics
import CompetencyFramework
import FrameworkCodeGen
import FrameworkDefinition

/// One framework file compiled to Swift: the loaded file, the generated source, and every
/// diagnostic from loading and generating.
///
/// This is the whole of what the build plugin, `competency-compiler` and `competency compile`
/// do with a file; they differ only in where the source goes.
public struct FrameworkCompilation: Sendable {
    /// The loaded framework file.
    public var file: FrameworkFile
    /// The generated Swift, or `nil` if the file has errors.
    public var source: String?
    /// Every diagnostic, loading first, then generation.
    public var diagnostics: [Diagnostic]

    /// Loads the framework file at `path` and generates Swift for it.
    public init(path: String) {
        self.init(file: FrameworkFile.load(path: path))
    }

    /// Generates Swift for an already loaded file.
    public init(file: FrameworkFile) {
        self.file = file
        diagnostics = file.diagnostics
        guard let framework = file.framework else { return }
        let fileName = file.path == "-" ? "<stdin>" : String(file.path.split(separator: "/").last ?? "")
        let output = SwiftGenerator(sourceFileName: fileName).generate(
            framework, nameLocations: file.sourceMap.names)
        diagnostics += output.diagnostics
        source = output.diagnostics.containsErrors ? nil : output.source
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Each diagnostic as `path:line:col: severity: message [CODE]`, the form SwiftPM, Xcode
    /// and editors turn into inline errors, using `path` as given.
    public func compilerStyleDiagnostics(path: String) -> [String] {
        diagnostics.map { $0.formatted(path: path) }
    }
}

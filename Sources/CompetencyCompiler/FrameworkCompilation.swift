import CompetencyDiagnostics
import CompetencyFramework
import FrameworkCodeGen
import FrameworkLoading

/// One framework file compiled to Swift: the loaded file, the generated source, and every
/// diagnostic from loading and generating.
///
/// This is the whole of what the build plugin, `competency-compiler` and `competency compile`
/// do with a file; they differ only in where the source goes.
public struct FrameworkCompilation: Sendable {
    /// The loaded framework file.
    public var file: FrameworkFile
    /// The generated Swift files, the main one first, or `nil` if the file has errors.
    public var files: [String]?
    /// Every diagnostic, loading first, then generation.
    public var diagnostics: [Diagnostic]

    /// Loads the framework file at `path` and generates Swift for it, in `parts` files (see
    /// ``FrameworkCodeGen/SwiftGenerator/generate(_:nameLocations:parts:)``).
    public init(path: String, parts: Int = 1) {
        self.init(file: FrameworkFile.load(path: path), parts: parts)
    }

    /// Generates Swift for an already loaded file, in `parts` files.
    public init(file: FrameworkFile, parts: Int = 1) {
        self.file = file
        diagnostics = file.diagnostics
        guard let framework = file.framework else { return }
        let fileName = file.path == "-" ? "<stdin>" : String(file.path.split(separator: "/").last ?? "")
        let output = SwiftGenerator(sourceFileName: fileName).generate(
            framework, nameLocations: file.sourceMap.names, parts: parts)
        diagnostics += output.diagnostics
        files = output.diagnostics.containsErrors ? nil : output.files
    }

    /// All of the generated Swift as one text, or `nil` if the file has errors.
    public var source: String? { files?.joined() }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Each diagnostic as `path:line:col: severity: message [CODE]`, the form SwiftPM, Xcode
    /// and editors turn into inline errors, using `path` as given.
    public func compilerStyleDiagnostics(path: String) -> [String] {
        diagnostics.map { $0.formatted(path: path) }
    }
}

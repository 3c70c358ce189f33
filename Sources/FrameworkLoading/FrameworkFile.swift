import CompetencyDiagnostics
import CompetencyFramework
import YAMLLite

/// A framework file after loading: the framework if the file is usable, every problem found,
/// and what is needed to show those problems against the source.
///
/// ```swift
/// let file = FrameworkFile.load(path: "reading.framework.yaml")
/// for diagnostic in file.diagnostics { print(file.render(diagnostic)) }
/// if let framework = file.framework { print(framework.metadata.title) }
/// ```
public struct FrameworkFile: Sendable {
    /// The path the file was loaded from, as given (`-` for standard input).
    public var path: String
    /// The framework, or `nil` if the file has errors. Warnings do not stop a framework
    /// from loading.
    public var framework: Framework?
    /// Every problem found, in source order, syntax problems first.
    public var diagnostics: [Diagnostic]
    /// Where each part of the framework was written.
    public var sourceMap: FrameworkSourceMap
    /// The file's text, for echoing source lines under diagnostics.
    public var text: String

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Loads a framework from the bytes of a file.
    public static func load(bytes: [UInt8], path: String) -> FrameworkFile {
        let parsed = YAMLLite.parse(bytes)
        var file = FrameworkFile(
            path: path, framework: nil, diagnostics: parsed.diagnostics, sourceMap: FrameworkSourceMap(),
            text: parsed.text)
        guard !parsed.diagnostics.containsErrors else { return file }
        guard let root = parsed.document.root else {
            file.diagnostics.append(
                FrameworkRule.notAMapping.diagnostic(
                    "the file holds no framework", at: .start,
                    hint: "start with \"id:\", \"title:\", \"levels:\" and \"domains:\"; see docs/framework-format.md"))
            return file
        }
        var builder = FrameworkBuilder()
        builder.problems = ProblemList<FrameworkRule>(parsed.diagnostics)
        let framework = builder.build(root)
        var problems = builder.problems
        if let framework {
            FrameworkChecks(framework: framework, sourceMap: builder.sourceMap, codeLocations: builder.codeLocations)
                .run(into: &problems)
        }
        file.diagnostics = problems.diagnostics.sortedBySource()
        file.sourceMap = builder.sourceMap
        file.framework = problems.containsErrors ? nil : framework
        return file
    }

    /// Loads a framework from text.
    public static func load(text: String, path: String) -> FrameworkFile {
        load(bytes: Array(text.utf8), path: path)
    }

    /// Loads the framework file at `path`, or standard input for `-`. A file that cannot be
    /// read gives a single error diagnostic, not a thrown error.
    public static func load(path: String) -> FrameworkFile {
        load(path: path, contents: FileReading.bytes(atPath: path))
    }

    /// Loads the framework file at `path` from `contents`, what reading it gave: for a tool that
    /// reads files itself (see ``FileReading/bytes(atPath:readingAt:standardInput:)``).
    public static func load(path: String, contents: Result<[UInt8], FileReading.Problem>) -> FrameworkFile {
        switch contents {
        case .success(let bytes):
            return load(bytes: bytes, path: path)
        case .failure(let problem):
            return FrameworkFile(
                path: path, framework: nil,
                diagnostics: [FrameworkRule.unreadableFile.diagnostic(problem.message, at: .start)],
                sourceMap: FrameworkSourceMap(), text: "")
        }
    }

    /// `diagnostic` for people: the compiler-style line, the source line and a caret.
    public func render(_ diagnostic: Diagnostic) -> String {
        DiagnosticRenderer(path: path, source: text).render(diagnostic)
    }
}

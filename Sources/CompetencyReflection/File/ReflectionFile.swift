import CompetencyDiagnostics
import CompetencyFramework
import CompetencyKitInternals
import FrameworkLoading
import YAMLLite

/// A reflection file after loading and checking against its framework: the reflection if
/// the file is usable, every problem found, and what is needed to show those problems
/// against the source.
///
/// A reflection file is YAML-lite (see `docs/reflection.md`):
///
/// ```yaml
/// framework: leadership-toolkit
/// name: Sam Patel
/// role: Head of Year 7
/// date: 2026-11-29
/// components:
///   - code: 2a.iii
///     level: high-impact
///     evidence: led the department's moderation
///     focus: yes
/// ```
///
/// ```swift
/// let file = ReflectionFile.load(path: "my-reflection.yaml", framework: framework)
/// for diagnostic in file.diagnostics { print(file.render(diagnostic)) }
/// if let reflection = file.reflection { print(GrowthPlan(reflection, in: framework).goals.count) }
/// ```
///
/// A level is written as its id or its name, ignoring case and treating spaces, `-` and `_`
/// alike (`high-impact`, `High impact`); the loaded reflection always holds the id. Codes are
/// matched like everywhere else (`2A-III` is `2a.iii`) and held as the framework writes
/// them. Components without an entry, or with an empty `level:`, are not yet reflected on:
/// one note (`R140`) says how many; that is allowed.
public struct ReflectionFile: Sendable {
    /// The path the file was loaded from, as given (`-` for standard input).
    public var path: String
    /// The reflection, or `nil` if the file has errors. Warnings and notes do not stop a
    /// reflection from loading.
    public var reflection: Reflection?
    /// Every problem found, in source order.
    public var diagnostics: [Diagnostic]
    /// The file's text, for echoing source lines under diagnostics.
    public var text: String

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Loads a reflection from the bytes of a file and checks it against `framework`.
    public static func load(bytes: [UInt8], path: String, framework: Framework) -> ReflectionFile {
        let parsed = YAMLLite.parse(bytes)
        var file = ReflectionFile(path: path, reflection: nil, diagnostics: parsed.diagnostics, text: parsed.text)
        guard !parsed.diagnostics.containsErrors else { return file }
        var reader = ReflectionReader(framework: framework, problems: ProblemList<ReflectionRule>(parsed.diagnostics))
        let reflection = reader.read(parsed.document.root)
        file.diagnostics = reader.problems.diagnostics.sortedBySource()
        file.reflection = reader.problems.containsErrors ? nil : reflection
        return file
    }

    /// Loads a reflection from text and checks it against `framework`.
    public static func load(text: String, path: String, framework: Framework) -> ReflectionFile {
        load(bytes: Array(text.utf8), path: path, framework: framework)
    }

    /// Loads the reflection file at `path`, or standard input for `-`, and checks it against
    /// `framework`. A file that cannot be read gives a single error diagnostic (`R100`), not a
    /// thrown error.
    public static func load(path: String, framework: Framework) -> ReflectionFile {
        load(path: path, contents: FileReading.bytes(atPath: path), framework: framework)
    }

    /// Loads the reflection file at `path` from `contents`, what reading it gave, and checks it
    /// against `framework`: for a tool that reads files itself.
    public static func load(
        path: String, contents: Result<[UInt8], FileReading.Problem>, framework: Framework
    ) -> ReflectionFile {
        switch contents {
        case .success(let bytes):
            return load(bytes: bytes, path: path, framework: framework)
        case .failure(let problem):
            return ReflectionFile(
                path: path, reflection: nil,
                diagnostics: [ReflectionRule.unreadableFile.diagnostic(problem.message, at: .start)], text: "")
        }
    }

    /// `diagnostic` for people: the compiler-style line, the source line and a caret.
    public func render(_ diagnostic: Diagnostic) -> String {
        DiagnosticRenderer(path: path, source: text).render(diagnostic)
    }

    /// The level of `framework` that `text` names: its id or its name, ignoring case and
    /// treating spaces, `-` and `_` alike. Unlike ``Framework/level(named:)`` a start of a
    /// name is not enough, so that a file keeps its meaning when a framework gains a level.
    public static func level(named text: String, in framework: Framework) -> ProficiencyLevel? {
        let key = levelKey(text)
        guard !key.isEmpty else { return nil }
        return framework.levels.first { levelKey($0.id) == key }
            ?? framework.levels.first { levelKey($0.name) == key }
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD`, as `date:` must be.
    public static func isCalendarDate(_ text: String) -> Bool {
        ISODate.isValid(text)
    }

    static func levelKey(_ text: String) -> String {
        var key = ""
        for scalar in text.lowercased().unicodeScalars
        where !(scalar == "-" || scalar == "_" || scalar.properties.isWhitespace) {
            key.unicodeScalars.append(scalar)
        }
        return key
    }
}

import Foundation
import Testing

/// What one run of `competency` gave back.
public typealias CLIResult = ProcessRun

/// Runs the built `competency` executable as a user would: arguments in; standard output,
/// standard error and exit status out. For what only a process shows (the exit status the
/// shell sees, terminal detection, the real standard input); `CompetencyCLITests` runs the
/// command in-process for everything else.
///
/// A test target's fixtures are its own: find them with ``FixtureFolder``
/// (`FixtureFolder(bundle: .module).path("Reading.framework.yaml")`).
public enum CompetencyExecutable {
    /// The `competency` executable next to the test bundle (`.build/<config>/competency`),
    /// or the one `COMPETENCY_EXECUTABLE` names.
    public static let executable: URL? = {
        if let override = ProcessInfo.processInfo.environment["COMPETENCY_EXECUTABLE"] {
            return URL(fileURLWithPath: override)
        }
        return BuiltExecutable.locate("competency")
    }()

    /// Runs `competency` with `arguments`. Standard output is never a terminal here. The
    /// environment is the test's own without `NO_COLOR`, `COLUMNS`, `CLICOLOR_FORCE` and
    /// `FORCE_COLOR`, plus `environment`. Fails the test if the executable was not built.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIResult {
        let executable = try #require(
            executable, "the competency executable was not found near the test bundle", sourceLocation: sourceLocation)
        return try ProcessRunner.run(
            executable, arguments, environment: environment, stdin: stdin, directory: directory)
    }
}

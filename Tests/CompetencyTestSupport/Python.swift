import Foundation

/// Runs `python3` scripts, for cross-checks against another implementation (PyYAML, for one).
/// A test that needs Python says so in a trait, so that it is skipped where Python is missing:
/// `.enabled(if: Python.hasModule("yaml"), "needs python3 with PyYAML")`.
public enum Python {
    /// A script that could not run, or that exited with a status other than 0.
    public struct Failure: Error, CustomStringConvertible {
        /// The script's exit status.
        public var status: Int32
        /// What the script wrote to standard error.
        public var stderr: String

        public var description: String { "python3 exited with status \(status): \(stderr)" }
    }

    /// Runs `script` with `python3 -c`, found on the `PATH`, with `arguments` in `sys.argv[1...]`,
    /// and returns its standard output. Throws ``Failure`` if the script does not exit with
    /// status 0. Output goes through ``ProcessRunner``, so a script may print any amount.
    public static func run(_ script: String, _ arguments: String...) throws -> String {
        let run = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
        guard run.status == 0 else { throw Failure(status: run.status, stderr: run.stderr) }
        return run.stdout
    }

    /// Whether `python3` runs and can import `module` (`"yaml"` for PyYAML).
    public static func hasModule(_ module: String) -> Bool {
        (try? run("import sys, importlib; importlib.import_module(sys.argv[1])", module)) != nil
    }
}

import CommandLineParsing
import CompetencyCompiler
import CompetencyTestSupport
import Foundation
import Testing

// Running competency-compiler in-process (and, once, as a process) on small framework files
// written into a scratch folder.

enum Compiler {
    /// A small, clean framework file.
    static let tiny = """
        id: tiny
        title: Tiny
        levels:
          - id: first
            name: First
          - id: second
            name: Second
        domains:
          - code: "1"
            title: Being kind
            subdomains:
              - code: 1a
                title: At school
                components:
                  - code: 1a.i
                    title: Say hello
                    descriptors:
                      first: say hello to a friend.
                      second: say hello to everyone.

        """

    /// The same with a misspelt key: an error on line 15.
    static let broken = tiny.replacingOccurrences(of: "title: Say hello", with: "titel: Say hello")

    /// Runs `competency-compiler` in this process with `arguments`, relative paths taken in
    /// `directory`, standard input holding `stdin`.
    static func run(_ arguments: [String], in directory: URL, stdin: String = "") -> ProcessRun {
        let output = BufferSink()
        let error = BufferSink()
        let console = Console(
            standardInput: .text(stdin), standardOutput: output, standardError: error,
            workingDirectory: directory.path)
        let status = CompilerCommand.main(arguments, console: console)
        return ProcessRun(status: status, stdout: output.text, stderr: error.text)
    }

    /// A fresh scratch folder holding `Tiny.framework.yaml` and `Broken.framework.yaml`;
    /// removed by the caller.
    static func scratch() throws -> URL {
        let url = try makeScratchDirectory("competency-compiler-tests")
        try tiny.write(to: url.appendingPathComponent("Tiny.framework.yaml"), atomically: true, encoding: .utf8)
        try broken.write(to: url.appendingPathComponent("Broken.framework.yaml"), atomically: true, encoding: .utf8)
        return url
    }

    /// The text of `name` in `directory`, or `nil` if there is no such file.
    static func contents(_ name: String, in directory: URL) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The `competency-compiler` executable the build made, near the test bundle (named
    /// `competency-compiler-tool` where SwiftPM builds it for a plugin).
    static let executable = BuiltExecutable.locate("competency-compiler", "competency-compiler-tool")
}

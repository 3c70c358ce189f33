import CommandLineParsing
import CompetencyCompiler
import Foundation
import Testing

// Running competency-compiler in-process (and, once, as a process) on small framework files
// written into a scratch folder.

/// What one run of the compiler gave back.
struct CompilerRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

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
    static func run(_ arguments: [String], in directory: URL, stdin: String = "") -> CompilerRun {
        let output = BufferSink()
        let error = BufferSink()
        let console = Console(
            standardInput: .text(stdin), standardOutput: output, standardError: error,
            workingDirectory: directory.path)
        let status = CompilerCommand.main(arguments, console: console)
        return CompilerRun(status: status, stdout: output.text, stderr: error.text)
    }

    /// A fresh scratch folder holding `Tiny.framework.yaml` and `Broken.framework.yaml`;
    /// removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("competency-compiler-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try tiny.write(to: url.appendingPathComponent("Tiny.framework.yaml"), atomically: true, encoding: .utf8)
        try broken.write(to: url.appendingPathComponent("Broken.framework.yaml"), atomically: true, encoding: .utf8)
        return url
    }

    /// The text of `name` in `directory`, or `nil` if there is no such file.
    static func contents(_ name: String, in directory: URL) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The `competency-compiler` executable the build made, near the test bundle.
    static let executable: URL? = {
        var directory = Bundle.main.bundleURL.standardizedFileURL
        for _ in 0..<6 {
            for name in ["competency-compiler", "competency-compiler-tool"] {
                let candidate = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()
}

import Foundation
import Testing

/// The built executable, for what only a process shows: its exit status, its real standard
/// input, and that running in-process (as the other suites do) gives what a process gives.
@Suite("The competency executable")
struct ProcessTests {
    @Test("exit status 0, 1 and 2 from a process")
    func exitStatuses() throws {
        let success = try CLI.runProcess(["levels"])
        #expect(success.status == 0)
        #expect(success.stderr.isEmpty)

        let notFound = try CLI.runProcess(["show", "1a.v"])
        #expect(notFound.status == 1)
        #expect(notFound.stderr == "error: no component \"1a.v\"; did you mean 1a.iv?\n")

        let usage = try CLI.runProcess(["shwo", "2a"])
        #expect(usage.status == 2)
        #expect(usage.stdout.isEmpty)
        #expect(usage.stderr.hasPrefix("error: unknown command \"shwo\"; did you mean \"show\"?\n"))
    }

    @Test("- reads the process's standard input")
    func standardInput() throws {
        let text = try String(contentsOfFile: CLI.fixture("Broken.framework.yaml"), encoding: .utf8)
        let result = try CLI.runProcess(["validate", "-"], stdin: text)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:14:13: error: "))
    }

    @Test(
        "in-process runs print what the executable prints",
        arguments: [
            ["--version"], ["show", "2a.iii"], ["reflect", "--help"], ["show"], ["search", "coaching", "--limit", "2"],
            ["--frobnicate"], ["reflect", "init", "--format", "html"],
        ])
    func inProcessMatchesProcess(_ arguments: [String]) throws {
        let process = try CLI.runProcess(arguments)
        let inProcess = try CLI.run(arguments)
        #expect(inProcess.status == process.status)
        #expect(inProcess.stdout == process.stdout)
        #expect(inProcess.stderr == process.stderr)
    }
}

import CompetencyTestSupport
import Foundation
import Testing

/// The command-line conventions of docs/cli.md that the other suites do not reach, and what a
/// test can set when running the tool in-process: its working directory and terminal.
@Suite("Conventions, subcommands and the console")
struct ConventionsTests {
    @Test("each reflect subcommand has its own help; reflect's lists them")
    func subcommandHelp() throws {
        let group = try CLI.run(["reflect", "--help"])
        #expect(group.status == 0)
        #expect(group.stdout.contains("SUBCOMMANDS:\n  init "))
        for line in ["  check FILE ", "  report FILE ", "  compare OLD NEW "] {
            #expect(group.stdout.contains(line))
        }
        let check = try CLI.run(["reflect", "check", "--help"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("USAGE: competency reflect check FILE [OPTIONS]\n"))
        #expect(check.stdout.contains("  --json "))
        #expect(!check.stdout.contains("--date"))
        #expect(try CLI.run(["help", "reflect", "check"]).stdout == check.stdout)
        let initHelp = try CLI.run(["reflect", "init", "--help"])
        #expect(initHelp.stdout.hasPrefix("USAGE: competency reflect init [OPTIONS]\n"))
        #expect(initHelp.stdout.contains("  --date YYYY-MM-DD "))
        #expect(!initHelp.stdout.contains("--json"))
    }

    @Test("options before the command name, joined with =, and after --")
    func optionPlaces() throws {
        let reading = CLI.fixture("Reading.framework.yaml")
        let joined = try CLI.run(["levels", "--framework=\(reading)", "--json"])
        let before = try CLI.run(["--json", "--framework", reading, "levels"])
        #expect(joined.status == 0)
        #expect(before.stdout == joined.stdout)
        let reflect = try CLI.run(["--framework", reading, "reflect", "init", "--date", "2026-11-29"])
        #expect(reflect.stdout.contains("\nframework: reading-for-pleasure\n"))
        // After `--`, what looks like an option is a code.
        let code = try CLI.run(["show", "--", "--level"])
        #expect(code.status == 1)
        #expect(code.stderr.hasPrefix("error: no domain, subdomain or component has the code \"--level\""))
        // An option handed down to a command that does not take it names that command.
        let stray = try CLI.run(["--json", "export", "--format", "csv"])
        #expect(stray.status == 2)
        #expect(stray.stderr.hasPrefix("error: unknown option --json for export"))
    }

    @Test("a reflect option before the subcommand's name is handed down to it")
    func groupOptions() throws {
        let reading = CLI.fixture("Reading.framework.yaml")
        let result = try CLI.run(["reflect", "--framework", reading, "init", "--date", "2026-11-29"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nframework: reading-for-pleasure\n"))
        let stray = try CLI.run(["reflect", "--json", "init"])
        #expect(stray.status == 2)
        #expect(stray.stderr.hasPrefix("error: unknown option --json for reflect"))
    }

    @Test("subcommand names match in any case; a stray one lists the subcommands")
    func subcommandNames() throws {
        let result = try CLI.run(["reflect", "CHECK", ReflectCommandTests.fixture("toolkit-autumn.yaml")])
        #expect(result.status == 0)
        let unknown = try CLI.run(["reflect", "xyzzy"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.hasPrefix(
                "error: unknown reflect subcommand \"xyzzy\"; the subcommands are init, check, report or compare\n"))
    }

    @Test("bad values are refused as the line is read, naming the option")
    func values() throws {
        let limit = try CLI.run(["search", "coaching", "--limit", "0"])
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("error: --limit must be a whole number above 0, not \"0\"\n"))
        let format = try CLI.run(["export", "--format", "xyzzyq"])
        #expect(
            format.stderr.hasPrefix(
                "error: unknown format \"xyzzyq\"; the formats are json, markdown, csv, html, case or yaml\n"))
        let joinedFlag = try CLI.run(["--frob=1"])
        #expect(joinedFlag.stderr.hasPrefix("error: unknown option --frob\n"))
    }

    @Test("relative paths are read and written in the working directory the tool is given")
    func workingDirectory() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: CLI.fixture("Reading.framework.yaml"),
            toPath: directory.appendingPathComponent("Reading.framework.yaml").path)
        let validate = try CLI.run(["validate", "Reading.framework.yaml"], directory: directory)
        #expect(validate.status == 0)
        #expect(validate.stdout == "1 file checked: 0 errors, 0 warnings\n")

        let compile = try CLI.run(
            ["compile", "Reading.framework.yaml", "-o", "out/Reading.swift"], directory: directory)
        #expect(compile.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/Reading.swift").path))

        let missing = try CLI.run(["levels", "--framework", "nope.yaml"], directory: directory)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: no such file: nope.yaml [F001]"))
    }

    @Test("a terminal gets colour unless NO_COLOR or --no-color says otherwise")
    func terminal() throws {
        #expect(try CLI.run(["compare", "2a.iii"], outputIsTerminal: true).hasEscapes)
        #expect(
            !(try CLI.run(["compare", "2a.iii"], environment: ["NO_COLOR": ""], outputIsTerminal: true).hasEscapes))
        #expect(!(try CLI.run(["compare", "2a.iii", "--no-color"], outputIsTerminal: true).hasEscapes))
        #expect(!(try CLI.run(["show", "--help", "--no-color"], outputIsTerminal: true).hasEscapes))
        #expect(try CLI.run(["show", "--help"], outputIsTerminal: true).stdout.hasPrefix("\u{1B}[1mUSAGE:\u{1B}[0m"))
    }
}

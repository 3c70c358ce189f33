import CommandLineParsing
import Testing

@Suite("Commands, subcommands, help and version")
struct CommandTreeTests {
    @Test("a command line names a command, from the root down")
    func paths() throws {
        let greet = try parse(["greet", "Ada"])
        #expect(greet.request == .run)
        #expect(greet.path.name == "greet")
        #expect(greet.path.fullName == "tool greet")
        #expect(greet.path.usage == "tool greet NAME [OPTIONS]")
        let add = try parse(["files", "add", "a"])
        #expect(add.path.name == "files add")
        #expect(add.path.topLevel.name == "files")
        #expect(add.path.parent?.name == "files")
        #expect(try parse(["FILES", "Add", "a"]).path.name == "files add", "names match in any case")
    }

    @Test("a group's options may come before its subcommand's name and are handed down")
    func handedDown() throws {
        #expect(try parse(["--json", "greet", "Ada"]).arguments[Tool.json])
        #expect(try parse(["files", "--json", "add", "a"]).arguments[Tool.json])
        #expect(try parse(["--json", "files", "add", "a"]).arguments[Tool.json])
        // Handed down to a command that does not take it, it is that command's mistake.
        #expect(
            usageError(["--json", "files", "move", "a", "b"])?.message
                == "--json is not an option of files move (it belongs to files add)")
    }

    @Test("unknown and missing commands and subcommands")
    func unknownCommands() {
        #expect(usageError(["gret", "Ada"])?.message == "unknown command \"gret\"; did you mean \"greet\"?")
        #expect(usageError(["xyzzyq"])?.message == "unknown command \"xyzzyq\"")
        #expect(usageError(["--json"])?.message == "no command given")
        #expect(usageError(["files"])?.message == "files needs a SUBCOMMAND (such as add)")
        #expect(usageError(["files", "ad"])?.message == "unknown files subcommand \"ad\"; did you mean \"add\"?")
        #expect(
            usageError(["files", "zzzzzz"])?.message
                == "unknown files subcommand \"zzzzzz\"; the subcommands are add or move")
    }

    @Test("help wins over every mistake before --, for the deepest command named")
    func helpWins() throws {
        #expect(try parse([]).request == .help)
        #expect(try parse(["--help"]).path.isRoot)
        let broken = try parse(["greet", "--tiems", "x", "Ada", "Bob", "-h"])
        #expect(broken.request == .help)
        #expect(broken.path.name == "greet")
        let sub = try parse(["files", "move", "--help", "--json"])
        #expect(sub.request == .help)
        #expect(sub.path.name == "files move")
        #expect(try parse(["files", "--help"]).path.name == "files")
        #expect(try parse(["nosuch", "--help"]).path.isRoot)
        #expect(try parse(["greet", "-q", "--help"]).arguments[Tool.quiet], "what makes sense is kept for the help")
        let afterEnd = try parse(["greet", "--", "--help"])
        #expect(afterEnd.request == .run)
        #expect(afterEnd.arguments[Greet.name] == "--help")
    }

    @Test("help COMMAND [SUBCOMMAND] asks for a command's help")
    func helpCommand() throws {
        #expect(try parse(["help"]).path.isRoot)
        #expect(try parse(["help", "greet"]).path.name == "greet")
        #expect(try parse(["help", "files", "move"]).path.name == "files move")
        #expect(usageError(["help", "nosuch"])?.message == "no command named \"nosuch\"")
        #expect(usageError(["help", "files", "nosuch"])?.message == "no command named \"files nosuch\"")
    }

    @Test("--version, for a root with a version; help wins over it")
    func version() throws {
        #expect(try parse(["--version"]).request == .version)
        #expect(try parse(["greet", "--version"]).request == .version)
        #expect(try parse(["--version", "--help"]).request == .help)
        #expect(usageError(["--version"], root: Single.self)?.message == "unknown option --version")
    }

    @Test("a root without subcommands reads its own arguments")
    func singleCommand() throws {
        let parsed = try parse(["a", "--check", "b"], root: Single.self)
        #expect(parsed.request == .run)
        #expect(parsed.arguments[all: Single.files] == ["a", "b"])
        #expect(parsed.arguments[Single.check])
        #expect(usageError([], root: Single.self)?.message == "no files given")
    }

    @Test("a usage error shows the usage of the command typed after the tool's name")
    func reports() throws {
        #expect(
            usageError(["greet"])?.report == """
                error: greet needs a NAME (such as Ada)
                usage: tool greet NAME [OPTIONS]
                Run "tool greet --help" for its options and examples.

                """)
        #expect(
            usageError(["gret"])?.report == """
                error: unknown command "gret"; did you mean "greet"?
                Run "tool --help" for the list of commands.

                """)
        #expect(
            usageError(["files", "move", "a"])?.report.contains("\nusage: tool files SUBCOMMAND [OPTIONS]\n") == true)
        #expect(
            usageError([], root: Single.self)?.report == """
                error: no files given
                usage: single FILE... [--check]
                Run "single --help" for its options and examples.

                """)
    }
}

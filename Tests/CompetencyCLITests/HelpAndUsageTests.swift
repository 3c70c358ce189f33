import Testing

@Suite("Help, version and usage errors")
struct HelpAndUsageTests {
    static let commands = [
        "levels", "domains", "tree", "show", "compare", "search", "validate", "compile", "export", "import",
    ]

    @Test("no arguments and --help print the overview, with commands and examples")
    func overview() throws {
        for arguments in [[], ["--help"], ["-h"], ["help"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            for command in Self.commands {
                #expect(result.stdout.contains("\n  \(command)"), "overview lists \(command)")
            }
            #expect(result.stdout.contains("competency show 2a.iii"))
            #expect(result.stdout.contains("EXIT STATUS"))
            #expect(result.stdout.contains("2   usage error"))
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "competency 0.1.0\n")
    }

    @Test("every command has --help with usage, options and an example", arguments: commands)
    func commandHelp(_ command: String) throws {
        let result = try CLI.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("USAGE: competency \(command)"))
        #expect(result.stdout.contains("OPTIONS:"))
        #expect(result.stdout.contains("--help"))
        #expect(result.stdout.contains("EXAMPLES:\n  competency \(command)"))
        // `help COMMAND` is the same text.
        #expect(try CLI.run(["help", command]).stdout == result.stdout)
    }

    @Test("--help wins over other arguments, even broken ones")
    func helpWins() throws {
        let result = try CLI.run(["show", "--levle", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("USAGE: competency show CODE"))
    }

    @Test("an unknown command is a usage error with a suggestion")
    func unknownCommand() throws {
        let result = try CLI.run(["shwo", "2a"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: unknown command \"shwo\"; did you mean \"show\"?"))
        #expect(result.stderr.contains("competency --help"))
    }

    @Test("an unknown option is a usage error with a suggestion")
    func unknownOption() throws {
        let result = try CLI.run(["show", "2a.iii", "--levle", "secure"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: unknown option --levle for show; did you mean --level?"))
        #expect(result.stderr.contains("usage: competency show CODE"))

        let global = try CLI.run(["--frobnicate"])
        #expect(global.status == 2)
        #expect(global.stderr.contains("unknown option --frobnicate"))
    }

    @Test("a missing argument is a usage error that says what is missing")
    func missingArgument() throws {
        let show = try CLI.run(["show"])
        #expect(show.status == 2)
        #expect(show.stderr.contains("error: show needs a CODE (such as 2a.iii)"))

        let level = try CLI.run(["show", "2a.iii", "--level"])
        #expect(level.status == 2)
        #expect(level.stderr.contains("--level needs a value"))

        let validate = try CLI.run(["validate"])
        #expect(validate.status == 2)
        #expect(validate.stderr.contains("validate needs a FILE"))

        let compile = try CLI.run(["compile", CLI.fixture("Reading.framework.yaml")])
        #expect(compile.status == 2)
        #expect(compile.stderr.contains("compile needs -o"))

        let export = try CLI.run(["export"])
        #expect(export.status == 2)
        #expect(export.stderr.contains("export needs --format"))
    }

    @Test("bad option values are usage errors")
    func badValues() throws {
        let depth = try CLI.run(["tree", "--depth", "7"])
        #expect(depth.status == 2)
        #expect(depth.stderr.contains("--depth must be 1, 2 or 3"))

        let format = try CLI.run(["export", "--format", "jsn"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("did you mean json?"))

        let extra = try CLI.run(["show", "2a", "2b"])
        #expect(extra.status == 2)
        #expect(extra.stderr.contains("unexpected argument \"2b\""))

        let twice = try CLI.run(["show", "2a.iii", "--level", "secure", "--level", "developing"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("--level is given twice"))
    }

    @Test("no trap or stack trace on odd input")
    func oddInput() throws {
        for arguments in [
            ["show", ""], ["show", "--", "-1"], ["search", "!!!"], ["compare", "...."], ["show", "2a.iii", "--level="],
            ["levels", "--json=yes"], ["show", String(repeating: "x", count: 5000)],
        ] {
            let result = try CLI.run(arguments)
            #expect([1, 2].contains(result.status), "\(arguments)")
            #expect(result.stderr.hasPrefix("error: "), "\(arguments)")
            #expect(!result.stderr.contains("Fatal error"))
        }
    }
}

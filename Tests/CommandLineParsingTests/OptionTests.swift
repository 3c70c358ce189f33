import CommandLineParsing
import Testing

@Suite("Options and arguments")
struct OptionTests {
    @Test("flags are given or not")
    func flags() throws {
        #expect(try parse(["greet", "Ada", "--json"]).arguments[Tool.json])
        #expect(try !parse(["greet", "Ada"]).arguments[Tool.json])
        #expect(try parse(["greet", "Ada", "-q"]).arguments[Tool.quiet], "a common option, by its short name")
        #expect(usageError(["greet", "Ada", "--json=yes"])?.message == "--json takes no value")
    }

    @Test("options take the next word or a value joined with =, read back typed")
    func values() throws {
        let spaced = try parse(["greet", "Ada", "--times", "3", "--colour", "Blue", "-o", "out.txt"]).arguments
        #expect(spaced[Greet.times] == 3)
        #expect(spaced[Greet.colour] == .blue)
        #expect(spaced[Greet.output] == "out.txt")
        let joined = try parse(["greet", "--times=3", "Ada", "--output=a=b"]).arguments
        #expect(joined[Greet.times] == 3)
        #expect(joined[Greet.output] == "a=b")
        #expect(joined[Greet.name] == "Ada")
        let none = try parse(["greet", "Ada"]).arguments
        #expect(none[Greet.times] == nil)
        #expect(none[Greet.output] == nil)
    }

    @Test("-- ends the options; - is always an argument")
    func endOfOptions() throws {
        let ended = try parse(["greet", "--", "--json"]).arguments
        #expect(ended[Greet.name] == "--json")
        #expect(!ended[Tool.json])
        #expect(try parse(["greet", "-"]).arguments[Greet.name] == "-")
        #expect(try parse(["greet", "Ada", "-o", "-"]).arguments[Greet.output] == "-")
    }

    @Test("an unknown option is refused with the nearest known one")
    func unknownOption() {
        #expect(
            usageError(["greet", "Ada", "--tiems", "2"])?.message
                == "unknown option --tiems for greet; did you mean --times?")
        #expect(usageError(["greet", "Ada", "--zzzzzzzz"])?.message == "unknown option --zzzzzzzz for greet")
        #expect(usageError(["--jsno", "greet"])?.message == "unknown option --jsno; did you mean --json?")
        #expect(usageError(["-x"])?.message == "unknown option -x")
    }

    @Test("a missing, empty or option-like value says what to type")
    func missingValue() {
        #expect(usageError(["greet", "Ada", "--times"])?.message == "--times needs a value (--times N)")
        #expect(usageError(["greet", "Ada", "-o"])?.message == "-o needs a value (-o FILE)")
        #expect(
            usageError(["greet", "Ada", "--times="])?.message == "--times needs a value (--times N), not an empty one")
        #expect(
            usageError(["greet", "Ada", "--times", "--json"])?.message
                == "--times needs a value (--times N), not the option --json")
        #expect(usageError(["greet", "Ada", "--times", "2", "--times", "3"])?.message == "--times is given twice")
    }

    @Test("a bad value names the option and what it needs")
    func badValues() {
        #expect(usageError(["greet", "Ada", "--times", "x"])?.message == "--times must be 1 to 5, not \"x\"")
        #expect(usageError(["greet", "Ada", "--times", "9"])?.message == "--times must be 1 to 5, not \"9\"")
        #expect(usageError(["greet", "Ada", "--times", "99999999999999999999"]) != nil)
        #expect(
            usageError(["greet", "Ada", "--colour", "bleu"])?.message == "unknown colour \"bleu\"; did you mean blue?")
        #expect(
            usageError(["greet", "Ada", "--colour", "mauve"])?.message
                == "unknown colour \"mauve\"; the colours are red, green or blue")
        #expect(
            usageError(["greet", "Ada", "--date", "today"])?.message
                == "--date needs a date written YYYY-MM-DD, not \"today\"")
    }

    @Test("positional arguments: missing, too many, repeating, and a command's own messages")
    func positionals() throws {
        #expect(usageError(["greet"])?.message == "greet needs a NAME (such as Ada)")
        #expect(usageError(["greet", "Ada", "Bob"])?.message == "unexpected argument \"Bob\" for greet")
        #expect(try parse(["files", "add", "a", "b", "c"]).arguments[all: Add.files] == ["a", "b", "c"])
        #expect(usageError(["files", "add"])?.message == "files add needs a FILE (such as a.txt)")
        #expect(usageError(["files", "move", "a"])?.message == "files move needs two paths, OLD and NEW")
        #expect(
            usageError(["files", "move", "a", "b", "c"])?.message == "files move moves one file; c is one too many")
        let move = try parse(["files", "move", "a", "b"]).arguments
        #expect(move[Move.old] == "a")
        #expect(move[Move.new] == "b")
    }
}

import CommandLineParsing
import Foundation
import Testing

@Suite("Help text and the console")
struct HelpTests {
    @Test("a command's help: usage, what it does, arguments, options, examples, exit status")
    func commandHelp() throws {
        let path = try parse(["help", "greet"]).path
        #expect(
            CommandHelp(path: path).render(layout: PlainHelpLayout()) == """
                USAGE: tool greet NAME [OPTIONS]

                Greet someone.

                Says hello.

                ARGUMENTS:
                  NAME                  Who to greet.

                OPTIONS:
                  --times N             How many times.
                  --colour COLOUR       red, green or blue.
                  -o, --output FILE     Where to write.
                  --date YYYY-MM-DD     When.
                  --json                Print JSON.
                  -q, --quiet           Say less.
                  -h, --help            Show this help.

                EXAMPLES:
                  tool greet Ada  # hello, Ada

                EXIT STATUS:
                  0   success
                  2   usage error

                """)
    }

    @Test("a group's help lists its subcommands; an option can be described anew for a command")
    func groupHelp() throws {
        let help = CommandHelp(path: try parse(["help", "files"]).path).render(layout: PlainHelpLayout())
        #expect(help.hasPrefix("USAGE: tool files SUBCOMMAND [OPTIONS]\n"))
        #expect(
            help.contains("\nSUBCOMMANDS:\n  add FILE...           Add files.\n  move OLD NEW          Move a file.\n"))
        #expect(Tool.configuration.shortForm == "tool greet|files")
        let narrower = Tool.json.withHelp("Print JSON, if you must.")
        #expect(narrower.declaration.help == "Print JSON, if you must.")
        #expect(narrower.declaration.names == Tool.json.declaration.names)
    }

    @Test("plain help wraps at its width under the text's first column; a wide label gets a line")
    func plainLayout() {
        let layout = PlainHelpLayout(width: 30)
        #expect(layout.wrappedParagraph("one two three four five six seven") == "one two three four five six\nseven\n")
        #expect(
            layout.row("--flag", column: 10, "what the flag does here", leading: 2, isComment: false)
                == "  --flag  what the flag does\n          here\n")
        #expect(
            layout.row("--a-very-long-option", column: 10, "text", leading: 2, isComment: false)
                == "  --a-very-long-option\n          text\n")
        #expect(layout.indentedComment("# a comment", by: 4) == "    # a comment\n")
    }

    @Test("a console writes lines and blocks, and makes paths absolute against its working directory")
    func console() {
        let output = BufferSink()
        let error = BufferSink()
        let console = Console(
            standardInput: .text("piped"), standardOutput: output, standardError: error,
            workingDirectory: "/work/here")
        console.line("a")
        console.block("b")
        console.block("c\n")
        console.diagnostic("error: d")
        #expect(output.text == "a\nb\nc\n")
        #expect(error.text == "error: d\n")
        #expect(console.standardInput.readAll() == Array("piped".utf8))
        #expect(console.absolutePath("x/../y.txt") == "/work/here/y.txt")
        #expect(console.absolutePath("/abs/z.txt") == "/abs/z.txt")
        #expect(console.absolutePath("-") == "-")
    }
}

import Foundation
import Testing

@Suite("--framework: reading another framework file")
struct FrameworkOptionTests {
    static let reading = CLI.fixture("Reading.framework.yaml")

    @Test("read commands work on a second framework")
    func readCommands() throws {
        let levels = try CLI.run(["levels", "--framework", Self.reading])
        #expect(levels.status == 0)
        #expect(levels.stdout.hasPrefix("Reading for Pleasure: 2 proficiency levels, lowest first\n"))
        #expect(levels.stdout.contains("2. Secure (secure)"))

        let tree = try CLI.run(["tree", "--framework", Self.reading])
        #expect(
            tree.stdout == """
                Reading for Pleasure

                1  Reading culture
                   1a  The reading environment
                       1a.i   Keep a book corner pupils want to visit
                       1a.ii  Talk about books
                   1b  Reading aloud
                       1b.i   Read aloud with expression

                2  Reading for pleasure at home
                   2a  Families and reading
                       2a.i   Share reading with families

                """)
    }

    @Test("the option may come before the command")
    func optionFirst() throws {
        let before = try CLI.run(["--framework", Self.reading, "domains"])
        let after = try CLI.run(["domains", "--framework", Self.reading])
        #expect(before.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("1  Reading culture (2 subdomains, 3 components)"))
    }

    @Test("show a component of the fixture, with its gap")
    func showWithGap() throws {
        let result = try CLI.run(["show", "1A-II", "--framework", Self.reading])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                1a.ii  Talk about books
                       in 1 Reading culture › 1a The reading environment

                A teacher will …

                Developing
                  share a book they are reading each week.

                Secure
                  (gap) the source document has no text for this level

                """)
    }

    @Test("compare on the fixture, exactly")
    func compareExactly() throws {
        let result = try CLI.run(["compare", "1b.i", "--framework", Self.reading])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                1b.i  Read aloud with expression
                      in 1 Reading culture › 1b Reading aloud

                Changes from each level to the next: [+added+], [-removed-].

                A teacher will …

                Developing
                  read aloud daily, choosing "page-turners" that hold attention.

                Secure (+12 words, -6 words from Developing)
                  read aloud [-daily, choosing "page-turners" that hold attention.-] [+daily
                  with expression, pace and "voices", and invite pupils to join in.+]

                """)
    }

    @Test("an unknown code suggests codes from the framework in use")
    func didYouMean() throws {
        let result = try CLI.run(["show", "1a.iii", "--framework", Self.reading])
        #expect(result.status == 1)
        #expect(result.stderr == "error: no component \"1a.iii\"; did you mean 1a.ii?\n")
    }

    @Test("standard input via -")
    func standardInput() throws {
        let text = try String(contentsOfFile: Self.reading, encoding: .utf8)
        let result = try CLI.run(["search", "book", "--framework", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.contains("1a.i   Keep a **book** corner pupils want to visit"))
        #expect(result.stdout.contains("1a.ii  Talk about **books**"))

        let json = try CLI.run(["levels", "--json", "--framework", "-"], stdin: text)
        #expect(json.status == 0)
        let levels = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        #expect(levels.count == 2)
    }

    @Test("a file with errors: diagnostics with caret on stderr, exit 1")
    func brokenFile() throws {
        let path = CLI.fixture("Broken.framework.yaml")
        let result = try CLI.run(["show", "1a.i", "--framework", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(path):14:13: error: "))
        #expect(result.stderr.contains("[F101]"))
        #expect(result.stderr.contains(" 14 |             titel: A misspelt key\n"))
        #expect(result.stderr.contains("|             ^"))
        #expect(result.stderr.contains("error: \(path) is not a usable framework"))
    }

    @Test("a missing file is an error, not a crash")
    func missingFile() throws {
        let result = try CLI.run(["levels", "--framework", "/nonexistent/x.framework.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file: /nonexistent/x.framework.yaml"))
    }

    @Test("a file with only warnings loads, with a note on stderr")
    func warningsOnly() throws {
        let path = CLI.fixture("Warnings.framework.yaml")
        let result = try CLI.run(["levels", "--framework", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 proficiency levels"))
        #expect(result.stderr.contains("note: \(path) has 1 warning; run \"competency validate \(path)\""))
    }
}

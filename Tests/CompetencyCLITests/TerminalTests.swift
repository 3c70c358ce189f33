import Testing

@Suite("Colour, width and plain output")
struct TerminalTests {
    @Test(
        "output to a pipe has no escape codes",
        arguments: [
            ["levels"], ["tree"], ["show", "2a.iii"], ["compare", "2a.iii"], ["search", "coaching"], ["domains"],
            ["--help"],
        ])
    func plainWhenPiped(_ arguments: [String]) throws {
        let result = try CLI.runProcess(arguments)
        #expect(result.status == 0)
        #expect(!result.hasEscapes)
    }

    @Test("CLICOLOR_FORCE colours even a pipe; NO_COLOR and --no-color win over it")
    func forcedColour() throws {
        let forced = try CLI.runProcess(["compare", "2a.iii"], environment: ["CLICOLOR_FORCE": "1"])
        #expect(forced.hasEscapes)
        #expect(forced.stdout.contains("\u{1B}[1;32m"))  // added words: bold green
        #expect(forced.stdout.contains("\u{1B}[2;9m"))  // removed words: dim, struck through
        #expect(!forced.stdout.contains("[+"))

        let search = try CLI.runProcess(["search", "coaching"], environment: ["CLICOLOR_FORCE": "1"])
        #expect(search.stdout.contains("\u{1B}[1;33mcoaching\u{1B}[0m"))
        #expect(!search.stdout.contains("**"))

        let noColor = try CLI.runProcess(["compare", "2a.iii"], environment: ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"])
        #expect(!noColor.hasEscapes)
        #expect(noColor.stdout.contains("[+"))
        #expect(noColor.stdout == (try CLI.runProcess(["compare", "2a.iii"]).stdout))

        let flag = try CLI.runProcess(["compare", "2a.iii", "--no-color"], environment: ["CLICOLOR_FORCE": "1"])
        #expect(!flag.hasEscapes)
    }

    @Test("COLUMNS=40 wraps every line to 40 columns, with hanging indents")
    func narrow() throws {
        for arguments in [["show", "2a.iii"], ["compare", "2a.iii"], ["levels"], ["tree"], ["search", "feedback"]] {
            let result = try CLI.runProcess(arguments, environment: ["COLUMNS": "40"])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n")
            let long = lines.filter { $0.count > 40 && $0.contains(" ") }
            #expect(long.isEmpty, "\(arguments): \(long)")
        }
        let show = try CLI.runProcess(["show", "2a.iii"], environment: ["COLUMNS": "40"])
        #expect(show.stdout.hasPrefix("2a.iii  Evaluate performance and sharing\n        excellence\n"))
        let wide = try CLI.runProcess(["show", "2a.iii"], environment: ["COLUMNS": "200"])
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 100 })
    }

    @Test("without COLUMNS text wraps at 80")
    func defaultWidth() throws {
        let result = try CLI.runProcess(["show", "2a.iii"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.count > 70 })
    }

    @Test("--json prints only JSON, and no escapes even when colour is forced")
    func jsonOnly() throws {
        for command in [
            ["levels"], ["domains"], ["tree"], ["show", "2a.iii"], ["compare", "2a.iii"], ["search", "lead"],
        ] {
            let result = try CLI.runProcess(command + ["--json"], environment: ["CLICOLOR_FORCE": "1"])
            #expect(result.status == 0)
            #expect(!result.hasEscapes)
            #expect(result.stdout.hasPrefix("[") || result.stdout.hasPrefix("{"))
            #expect((try? parseJSON(result.stdout)) != nil, "\(command) prints valid JSON")
        }
    }
}

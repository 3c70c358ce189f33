/// The text of `competency --help` and of each command's `--help`.
enum HelpText {
    /// What `competency` and `competency --help` print: what to type next.
    static func overview(layout: TextLayout) -> String {
        var out = ""
        out += layout.paragraph(
            .strong("competency") + StyledText(" \(CompetencyTool.version)")
                + StyledText(" - explore, check and convert competency frameworks"))
        out += "\n" + layout.paragraph(.strong("USAGE:") + StyledText(" competency COMMAND [ARGUMENTS] [OPTIONS]"))
        out += "\n"
        out += layout.paragraph(
            "Without --framework FILE, commands read the bundled Leadership Toolkit.")
        out += "\n"
        let column = Self.column(layout)
        func section(_ title: String, _ names: [String]) {
            out += layout.render(.strong(title)) + "\n"
            for name in names {
                guard let spec = CommandRegistry.command(named: name)?.spec else { continue }
                let label = spec.synopsis
                out += layout.hanging(StyledText(label), column: column, StyledText(spec.summary), leading: 2)
            }
            out += "\n"
        }
        section("READING A FRAMEWORK:", ["levels", "domains", "tree", "show", "compare", "search"])
        section("WORKING WITH FRAMEWORK FILES:", ["validate", "compile", "export", "import"])
        section("REFLECTING ON YOUR PRACTICE:", ["reflect"])
        out += layout.render(.strong("EXAMPLES:")) + "\n"
        for (command, comment) in [
            ("competency show 2a.iii", "one component at every level"),
            ("competency compare 2a.iii", "what changes from level to level"),
            ("competency search feedback", "find a word in titles and descriptors"),
            ("competency reflect init -o me.yaml", "start a self-reflection"),
        ] {
            out += layout.hanging(StyledText(command), column: 32, .dim("# " + comment), leading: 2)
        }
        out += "\n"
        out += layout.render(.strong("OPTIONS:")) + "\n"
        for (label, text) in [
            ("--framework FILE", "Read FILE instead of the bundled toolkit (- for standard input)."),
            ("--json", "Print JSON (levels, domains, tree, show, compare, search, validate)."),
            ("--no-color", "Never colour the output (NO_COLOR is honoured too)."),
            ("-h, --help", "Show help; \"competency COMMAND --help\" for a command."),
            ("--version", "Print the version."),
        ] {
            out += layout.hanging(StyledText(label), column: column, StyledText(text), leading: 2)
        }
        out += "\n"
        out += exitStatus(layout: layout)
        out += "\nRun \"competency COMMAND --help\" for a command's options and examples.\n"
        return out
    }

    /// The help of one command: usage, description, arguments, options, examples.
    static func command(_ spec: CommandSpec, layout: TextLayout) -> String {
        var out = ""
        out += layout.render(.strong("USAGE:")) + " \(spec.usage)\n\n"
        out += layout.paragraph(StyledText(spec.summary))
        if !spec.discussion.isEmpty {
            out += "\n" + layout.paragraph(StyledText(spec.discussion))
        }
        let column = Self.column(layout)
        if !spec.arguments.isEmpty {
            out += "\n" + layout.render(.strong("ARGUMENTS:")) + "\n"
            for argument in spec.arguments {
                let label = argument.name + (argument.isRepeating ? "..." : "")
                out += layout.hanging(StyledText(label), column: column, StyledText(argument.help), leading: 2)
            }
        }
        out += "\n" + layout.render(.strong("OPTIONS:")) + "\n"
        for option in spec.allOptions {
            var label = option.names.joined(separator: ", ")
            if let value = option.value { label += " \(value)" }
            out += layout.hanging(StyledText(label), column: column, StyledText(option.help), leading: 2)
        }
        if !spec.examples.isEmpty {
            out += "\n" + layout.render(.strong("EXAMPLES:")) + "\n"
            let column = (spec.examples.map(\.command.count).max() ?? 0) + 4
            let fits = spec.examples.allSatisfy { column + $0.comment.count + 2 <= layout.width }
            for example in spec.examples {
                if fits {
                    out += layout.hanging(
                        StyledText(example.command), column: column, .dim("# " + example.comment), leading: 2)
                } else {
                    // A command line is never wrapped, so that it can be copied whole.
                    out += "  " + example.command + "\n"
                    out += layout.indented(.dim("# " + example.comment), by: 4)
                }
            }
        }
        out += "\n" + exitStatus(layout: layout)
        return out
    }

    /// Where descriptions start in a list of commands or options: beside the labels, or,
    /// in a narrow window, under them.
    private static func column(_ layout: TextLayout) -> Int {
        layout.width >= 64 ? 24 : 6
    }

    private static func exitStatus(layout: TextLayout) -> String {
        layout.render(.strong("EXIT STATUS:")) + "\n"
            + layout.hanging(
                "0", column: 6, "success (warnings alone do not fail, except with validate --strict)", leading: 2)
            + layout.hanging(
                "1", column: 6,
                "a framework file has errors, a code or level was not found, or a file could not be read or written",
                leading: 2)
            + layout.hanging("2", column: 6, "usage error: unknown command or option, missing argument", leading: 2)
    }
}

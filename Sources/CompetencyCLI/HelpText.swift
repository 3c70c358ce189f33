import CommandLineParsing

/// The text of `competency` and `competency --help`: what to type next. (Each command's own
/// help is ``CommandLineParsing/CommandHelp``'s.)
enum HelpText {
    static func overview(layout: TextLayout) -> String {
        let root = CompetencyCommand.configuration
        let path = CommandPath(root: CompetencyCommand.self)
        var out = layout.paragraph(
            .strong(root.name) + StyledText(" \(root.version ?? "")") + StyledText(" - " + root.abstract))
        out += "\n" + layout.paragraph(.strong("USAGE:") + StyledText(" " + path.usage))
        out += "\n" + layout.paragraph(StyledText(root.discussion)) + "\n"
        let column = CommandHelp.column(for: layout)
        for section in CompetencyCommand.sections {
            out += layout.heading(section.title) + "\n"
            for command in section.commands {
                let configuration = command.configuration
                out += layout.row(
                    configuration.shortForm, column: column, configuration.abstract, leading: 2, isComment: false)
            }
            out += "\n"
        }
        out += layout.heading("EXAMPLES:") + "\n"
        for example in root.examples {
            out += layout.row(example.command, column: 32, "# " + example.comment, leading: 2, isComment: true)
        }
        out += "\n" + layout.heading("OPTIONS:") + "\n"
        let help = BuiltInOptions.help.withHelp("Show help; \"competency COMMAND --help\" for a command.")
        for option in (root.options + [help, BuiltInOptions.version]).map(\.declaration) {
            out += layout.row(option.label, column: column, option.help, leading: 2, isComment: false)
        }
        out += "\n" + CommandHelp.exitStatus(of: path, layout: layout)
        out += "\nRun \"competency COMMAND --help\" for a command's options and examples.\n"
        return out
    }
}

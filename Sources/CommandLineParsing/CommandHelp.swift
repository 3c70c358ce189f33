/// The help of one command, from its declaration: usage, what it does, its arguments,
/// subcommands and options, examples, and what its exit status means.
///
/// ```
/// USAGE: competency show CODE [OPTIONS]
///
/// A domain, subdomain or component, at every level.
/// ...
/// OPTIONS:
///   --level LEVEL         Only this level: ...
/// ```
package struct CommandHelp {
    /// The command.
    package let path: CommandPath

    /// The help of the command at `path`.
    package init(path: CommandPath) {
        self.path = path
    }

    /// The help text laid out by `layout`.
    package func render(layout: some HelpLayout) -> String {
        let configuration = path.configuration
        let column = Self.column(for: layout)
        var out = layout.heading("USAGE:") + " \(path.usage)\n\n"
        out += layout.wrappedParagraph(configuration.abstract)
        if !configuration.discussion.isEmpty {
            out += "\n" + layout.wrappedParagraph(configuration.discussion)
        }
        func section(_ title: String, _ rows: [(label: String, text: String)]) {
            guard !rows.isEmpty else { return }
            out += "\n" + layout.heading(title) + "\n"
            for row in rows {
                out += layout.row(row.label, column: column, row.text, leading: 2, isComment: false)
            }
        }
        section("ARGUMENTS:", configuration.arguments.map { ($0.label, $0.help) })
        section(
            "SUBCOMMANDS:", configuration.subcommands.map { ($0.configuration.shortForm, $0.configuration.abstract) })
        section("OPTIONS:", path.acceptedOptions.map { ($0.label, $0.help) })
        out += examples(configuration.examples, layout: layout)
        let exitStatus = Self.exitStatus(of: path, layout: layout)
        if !exitStatus.isEmpty { out += "\n" + exitStatus }
        return out
    }

    /// Where descriptions start in a list of commands or options: beside the labels, or, in a
    /// narrow window, under them.
    package static func column(for layout: some HelpLayout) -> Int {
        layout.width >= 64 ? 24 : 6
    }

    /// The `EXIT STATUS:` section of the tool `path` belongs to; empty if it declares none.
    package static func exitStatus(of path: CommandPath, layout: some HelpLayout) -> String {
        let statuses = path.root.configuration.exitStatuses
        guard !statuses.isEmpty else { return "" }
        return layout.heading("EXIT STATUS:") + "\n"
            + statuses.map { layout.row("\($0.status)", column: 6, $0.meaning, leading: 2, isComment: false) }.joined()
    }

    /// Each example command line with its comment beside it, or, when a comment would not fit
    /// beside the longest, under it: a command line is never wrapped, so that it can be copied
    /// whole.
    private func examples(_ examples: [(command: String, comment: String)], layout: some HelpLayout) -> String {
        guard !examples.isEmpty else { return "" }
        var out = "\n" + layout.heading("EXAMPLES:") + "\n"
        let column = (examples.map(\.command.count).max() ?? 0) + 4
        let fits = examples.allSatisfy { column + $0.comment.count + 2 <= layout.width }
        for example in examples {
            if fits {
                out += layout.row(example.command, column: column, "# " + example.comment, leading: 2, isComment: true)
            } else {
                out += "  " + example.command + "\n" + layout.indentedComment("# " + example.comment, by: 4)
            }
        }
        return out
    }
}

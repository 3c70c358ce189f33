import CommandLineParsing

/// The `competency` command-line tool: reads the command line, runs one command and returns
/// the exit status. `main.swift` is a thin shell over it; tests run it in-process, against a
/// ``Console`` of buffers with an environment and working directory of their own.
///
/// ```swift
/// let status = CompetencyTool(arguments: ["show", "2a.iii"]).run()
/// ```
package struct CompetencyTool {
    /// The arguments, without the program name.
    package var arguments: [String]
    /// The streams, environment and working directory the tool runs against.
    package var console: Console

    /// A run over the process's own streams, environment and working directory unless told
    /// otherwise.
    package init(arguments: [String], console: Console = .process()) {
        self.arguments = arguments
        self.console = console
    }

    /// Runs the command line and returns the exit status. Never traps on bad input: every
    /// problem becomes a message on standard error and a status of 1 or 2.
    package func run() -> Int32 {
        let status = dispatch()
        console.flush()
        return status.rawValue
    }

    private func dispatch() -> ExitStatus {
        let commandLine: ParsedCommandLine
        do {
            commandLine = try CommandLineParser(root: CompetencyCommand.self).parse(arguments)
        } catch {
            return report(error)
        }
        let layout = layout(noColor: commandLine.arguments[CommonOptions.noColor])
        switch commandLine.request {
        case .version:
            let root = CompetencyCommand.configuration
            console.line("\(root.name) \(root.version ?? "")")
        case .help:
            console.block(
                commandLine.path.isRoot
                    ? HelpText.overview(layout: layout) : CommandHelp(path: commandLine.path).render(layout: layout))
        case .run:
            return run(commandLine, layout: layout)
        }
        return .success
    }

    private func run(_ commandLine: ParsedCommandLine, layout: TextLayout) -> ExitStatus {
        guard let command = commandLine.command as? any Command.Type else {
            // The parser runs only commands without subcommands, and each of those is a Command.
            return report(UsageError("\(commandLine.path.name) needs a subcommand", path: commandLine.path))
        }
        let context = CommandContext(
            console: console, layout: layout, frameworkPath: commandLine.arguments[CommonOptions.framework])
        switch Self.execute(command, commandLine.arguments, context) {
        case .success(let status):
            return status
        case .failure(let error):
            if error.status == .usage, let message = error.message {
                return report(UsageError(message, path: commandLine.path))
            }
            if let message = error.message {
                console.diagnostic("error: \(message)")
            }
            return error.status
        }
    }

    private static func execute<C: Command>(
        _ command: C.Type, _ arguments: ParsedArguments, _ context: CommandContext
    ) -> Result<ExitStatus, CommandError> {
        Result { () throws(CommandError) -> ExitStatus in try C(arguments).run(context) }
    }

    private func report(_ error: UsageError) -> ExitStatus {
        console.standardError.write(error.report)
        return .usage
    }

    /// Colour when standard output is a terminal (or `CLICOLOR_FORCE` is set), unless
    /// `NO_COLOR` is set or `--no-color` was given; width from `COLUMNS`, the terminal, or 80.
    private func layout(noColor: Bool) -> TextLayout {
        let environment = console.environment
        let forced = environment["CLICOLOR_FORCE"].map { !$0.isEmpty && $0 != "0" } ?? false
        let colour = !noColor && environment["NO_COLOR"] == nil && (console.outputIsTerminal || forced)
        return TextLayout(colour: colour, width: TerminalSize.columns(of: console))
    }
}

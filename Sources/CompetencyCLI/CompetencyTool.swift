import Foundation

/// The `competency` command-line tool: reads the command line, runs one command and returns
/// the exit status. `main.swift` is a thin shell over it; tests can run it against buffers.
///
/// ```swift
/// let status = CompetencyTool(arguments: ["show", "2a.iii"]).run()
/// ```
public struct CompetencyTool {
    /// The tool's version, as `--version` prints it.
    public static let version = "0.1.0"

    /// The arguments, without the program name.
    public var arguments: [String]
    /// The environment (`COLUMNS`, `NO_COLOR`, `CLICOLOR_FORCE`).
    public var environment: [String: String]
    /// Where output goes.
    public var console: Console

    /// Creates a run over the process's own streams and environment unless told otherwise.
    public init(
        arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        console: Console = .standardStreams()
    ) {
        self.arguments = arguments
        self.environment = environment
        self.console = console
    }

    /// Runs the command line and returns the exit status. Never traps on bad input: every
    /// problem becomes a message on standard error and a status of 1 or 2.
    public func run() -> Int32 {
        let status = dispatch()
        console.flush()
        return status.rawValue
    }

    // MARK: - Dispatch

    /// Options that may come before the command name: they apply to the command.
    private static let globalOptions: [OptionSpec] = [
        CommandSpec.frameworkOption, CommandSpec.jsonOption,
        .flag("--no-color", help: ""),
    ]

    private func dispatch() -> ExitStatus {
        var leading: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            guard argument.hasPrefix("-"), argument != "-" else { break }
            switch argument {
            case "-h", "--help":
                console.block(HelpText.overview(layout: layout(noColor: false)))
                return .success
            case "--version", "-V":
                console.line("competency \(Self.version)")
                return .success
            case "--framework":
                guard index + 1 < arguments.endIndex else {
                    return usageError("--framework needs a value (--framework FILE)", command: nil)
                }
                leading += [argument, arguments[index + 1]]
                index += 1
            default:
                let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
                guard Self.globalOptions.contains(where: { $0.names.contains(name) }) else {
                    var message = "unknown option \(argument)"
                    let known = ["--help", "--version"] + Self.globalOptions.flatMap(\.names)
                    if let suggestion = Suggestions.closest(to: name, among: known) {
                        message += "; did you mean \(suggestion)?"
                    }
                    return usageError(message, command: nil)
                }
                leading.append(argument)
            }
            index += 1
        }
        guard index < arguments.endIndex else {
            if leading.isEmpty {
                console.block(HelpText.overview(layout: layout(noColor: false)))
                return .success
            }
            return usageError("no command given", command: nil)
        }
        let name = arguments[index]
        let rest = leading + arguments[(index + 1)...]
        if name == "help" {
            return help(for: rest.first)
        }
        guard let command = CommandRegistry.command(named: name) else {
            var message = "unknown command \"\(name)\""
            let names = CommandRegistry.all.map { $0.spec.name } + ["help"]
            if let suggestion = Suggestions.closest(to: name, among: names) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            return usageError(message, command: nil)
        }
        return run(command, arguments: Array(rest))
    }

    private func run(_ command: any Command.Type, arguments: [String]) -> ExitStatus {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser(spec: command.spec).parse(arguments)
        } catch {
            return usageError(error.message, command: command.spec)
        }
        let layout = layout(noColor: parsed.has("--no-color"))
        if parsed.wantsHelp {
            console.block(HelpText.command(command.spec, layout: layout))
            return .success
        }
        let context = CommandContext(
            console: console, layout: layout, frameworkPath: parsed.value("--framework"))
        switch Self.execute(command, parsed, context) {
        case .success(let status):
            return status
        case .failure(let error):
            if error.status == .usage, let message = error.message {
                return usageError(message, command: command.spec)
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

    private func help(for name: String?) -> ExitStatus {
        guard let name else {
            console.block(HelpText.overview(layout: layout(noColor: false)))
            return .success
        }
        guard let command = CommandRegistry.command(named: name) else {
            return usageError("no command named \"\(name)\"", command: nil)
        }
        console.block(HelpText.command(command.spec, layout: layout(noColor: false)))
        return .success
    }

    private func usageError(_ message: String, command: CommandSpec?) -> ExitStatus {
        console.diagnostic("error: \(message)")
        if let command {
            console.diagnostic("usage: \(command.usage)")
            console.diagnostic("Run \"competency \(command.name) --help\" for its options and examples.")
        } else {
            console.diagnostic("Run \"competency --help\" for the list of commands.")
        }
        return .usage
    }

    // MARK: - Terminal

    /// Colour when standard output is a terminal (or `CLICOLOR_FORCE` is set), unless
    /// `NO_COLOR` is set or `--no-color` was given; width from `COLUMNS`, the terminal, or 80.
    private func layout(noColor: Bool) -> TextLayout {
        let forced = environment["CLICOLOR_FORCE"].map { !$0.isEmpty && $0 != "0" } ?? false
        let colour =
            !noColor && environment["NO_COLOR"] == nil && (console.outputIsTerminal || forced)
        return TextLayout(colour: colour, width: TerminalSize.columns(environment: environment, console: console))
    }
}

/// The width text is wrapped to.
enum TerminalSize {
    static let defaultColumns = 80

    static func columns(environment: [String: String], console: Console) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
            columns > 0
        {
            return columns
        }
        if console.outputIsTerminal, let columns = terminalColumns(), columns > 0 {
            return columns
        }
        return defaultColumns
    }

    private static func terminalColumns() -> Int? {
        #if os(Linux) || os(macOS)
            var size = winsize()
            guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
            return Int(size.ws_col)
        #else
            return nil
        #endif
    }
}

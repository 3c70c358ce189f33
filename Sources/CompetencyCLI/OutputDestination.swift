import CommandLineParsing
import CompetencyCompiler

/// Where a command's file output goes: `-o FILE` (written atomically) or `-o -` (standard
/// output).
struct OutputDestination {
    /// The path, or `-` for standard output.
    var path: String

    /// `-o` as given; `nil` means standard output.
    init(_ path: String?) {
        self.path = path ?? "-"
    }

    var isStandardOutput: Bool { path == "-" }

    /// Writes `text`: to standard output, or to the file by writing a temporary file beside
    /// it and renaming it into place, so that a reader never sees half a file.
    func write(_ text: String, context: CommandContext) throws(CommandError) {
        if isStandardOutput {
            // Exactly the bytes a file would get: no newline added.
            context.console.standardOutput.write(text)
            return
        }
        do {
            try OutputFile.write(text, to: context.console.absolutePath(path))
        } catch {
            throw .failure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

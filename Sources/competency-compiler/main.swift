import CompetencyCompiler
import Foundation

let standardError = FileHandle.standardError

do {
    let command = try CompilerCommand(arguments: Array(CommandLine.arguments.dropFirst()))
    let status = command.run(
        standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
        standardError: { standardError.write(Data($0.utf8)) })
    exit(status)
} catch {
    if let message = error.message {
        standardError.write(Data("error: \(message)\n\n\(CompilerCommand.usage)\n".utf8))
        exit(2)
    }
    print(CompilerCommand.usage)
}

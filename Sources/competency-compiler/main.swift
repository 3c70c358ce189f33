import CommandLineParsing
import CompetencyCompiler
import Foundation

exit(CompilerCommand.main(Array(CommandLine.arguments.dropFirst()), console: .process()))

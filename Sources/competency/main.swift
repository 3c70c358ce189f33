import CompetencyCLI
import Foundation

exit(CompetencyTool(arguments: Array(CommandLine.arguments.dropFirst())).run())

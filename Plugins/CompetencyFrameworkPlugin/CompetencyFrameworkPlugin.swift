import Foundation
import PackagePlugin

/// Compiles every `*.framework.yaml` file of a target into Swift at build time.
///
/// Each framework file gets one build command whose inputs are the file and the compiler
/// itself and whose output is one Swift file in the plugin's work directory, so a build
/// with no changes runs nothing and an edit reruns only that file's command. (SwiftPM relinks
/// the compiler once on the first build after a clean one, which reruns the commands; the
/// compiler then leaves unchanged output untouched, so nothing is recompiled.) Problems in a
/// file come from `competency-compiler` as `path:line:col: error: …` lines, which SwiftPM
/// and Xcode show at the line.
@main
struct CompetencyFrameworkPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        return try frameworkCommands(
            inputs: target.sourceFiles.map(\.url),
            compiler: context.tool(named: "competency-compiler").url,
            workDirectory: context.pluginWorkDirectoryURL)
    }
}

#if canImport(XcodeProjectPlugin)
    import XcodeProjectPlugin

    extension CompetencyFrameworkPlugin: XcodeBuildToolPlugin {
        func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
            try frameworkCommands(
                inputs: target.inputFiles.map(\.url),
                compiler: context.tool(named: "competency-compiler").url,
                workDirectory: context.pluginWorkDirectoryURL)
        }
    }
#endif

/// The suffix that marks a framework file.
let frameworkSuffix = ".framework.yaml"

/// One build command per framework file among `inputs`, in a stable order.
func frameworkCommands(inputs: [URL], compiler: URL, workDirectory: URL) -> [Command] {
    let frameworks = inputs.filter { $0.lastPathComponent.hasSuffix(frameworkSuffix) }
        .sorted { $0.path < $1.path }
    var usedNames: Set<String> = []
    return frameworks.map { input in
        // Two files with the same name in different folders get distinct outputs.
        var name = String(input.lastPathComponent.dropLast(".yaml".count))
        var counter = 2
        while !usedNames.insert(name).inserted {
            name = String(input.lastPathComponent.dropLast(".yaml".count)) + "\(counter)"
            counter += 1
        }
        let output = workDirectory.appendingPathComponent("GeneratedSources").appendingPathComponent("\(name).swift")
        return .buildCommand(
            displayName: "Compiling competency framework \(input.lastPathComponent)",
            executable: compiler,
            arguments: [input.path, "-o", output.path],
            inputFiles: [input, compiler],
            outputFiles: [output])
    }
}

import Foundation
import PackagePlugin

/// Compiles every `*.framework.yaml` file of a target into Swift at build time.
///
/// Each framework file gets one build command whose inputs are the file and the compiler
/// itself and whose outputs are Swift files in the plugin's work directory (one, or several
/// for a large framework, so that they compile in parallel), so a build
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
        let parts = generatedParts(forFrameworkAt: input)
        return .buildCommand(
            displayName: "Compiling competency framework \(input.lastPathComponent)",
            executable: compiler,
            arguments: [input.path, "-o", output.path, "--parts", "\(parts)"],
            inputFiles: [input, compiler],
            outputFiles: partURLs(output, parts: parts))
    }
}

/// How many files to generate for a framework file, from its size: one up to 512 KiB (about
/// 250 components, a second or less to compile), then one for the levels, domains and data
/// plus one per MiB of components, up to 8 of those. More files let the Swift compiler work
/// on them in parallel; a plugin must name its outputs before the compiler runs, so the size
/// is what it has to go on. The public API is the same however many files.
func generatedParts(forFrameworkAt url: URL) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let bytes = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    let mebibyte = 1 << 20
    guard bytes >= mebibyte / 2 else { return 1 }
    return 1 + min(8, (bytes + mebibyte - 1) / mebibyte)
}

/// The files `competency-compiler --parts N -o output` writes: `output`, then
/// `NAME.part2.swift` … `NAME.partN.swift` beside it.
func partURLs(_ output: URL, parts: Int) -> [URL] {
    let stem = output.deletingPathExtension().lastPathComponent
    return [output]
        + (1..<max(parts, 1)).map {
            output.deletingLastPathComponent().appendingPathComponent("\(stem).part\($0 + 1).swift")
        }
}

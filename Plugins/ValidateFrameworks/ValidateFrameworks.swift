import Foundation
import PackagePlugin

/// `swift package validate-frameworks`: checks every `*.framework.yaml` file in the
/// package's targets and reports problems, like a linter. It reads files and writes nothing.
@main
struct ValidateFrameworks: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let files = context.package.targets.compactMap { $0 as? SourceModuleTarget }
            .flatMap { $0.sourceFiles.map(\.url) }
            .filter { $0.lastPathComponent.hasSuffix(".framework.yaml") }
            .map(\.path).sorted()
        guard !files.isEmpty else {
            print("No *.framework.yaml files in this package's targets.")
            return
        }
        let process = Process()
        process.executableURL = try context.tool(named: "competency-compiler").url
        process.arguments = ["--check"] + files
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus == 0 {
            print("Checked \(files.count) framework file\(files.count == 1 ? "" : "s"): no errors.")
        } else {
            Diagnostics.error("framework files have errors (see above)")
        }
    }
}

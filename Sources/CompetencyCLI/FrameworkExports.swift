import CompetencyCASE
import CompetencyFramework
import Foundation
import FrameworkExport

/// The one place the CLI calls `FrameworkExport`: one call per format.
enum FrameworkExports {
    /// The framework in `format`.
    static func export(_ framework: Framework, as format: ExportFormat) -> String {
        switch format {
        case .json: JSONExport.render(framework)
        case .markdown: MarkdownExport.render(framework)
        case .csv: CSVExport.render(framework)
        case .html: HTMLExport.render(framework)
        case .case: CASEExport.render(framework)
        case .yaml: FrameworkFileWriter.render(framework)
        }
    }

    /// The framework file written from the CASE package in `bytes`, with the importer's
    /// notes on what did not map one to one.
    static func importCASE(_ bytes: [UInt8], path: String) throws(CommandError) -> (yaml: String, notes: [String]) {
        do {
            let result = try CASEImport.read(Data(bytes))
            return (FrameworkFileWriter.render(result.framework), result.notes)
        } catch {
            let name = path == "-" ? "standard input" : path
            throw .failure("cannot import \(name): \(String(describing: error))")
        }
    }
}

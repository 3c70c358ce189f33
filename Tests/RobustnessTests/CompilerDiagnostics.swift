import CompetencyCompiler
import CompetencyDiagnostics
import Foundation
import FrameworkLoading

/// A file's diagnostics from loading and from generating Swift, as `competency-compiler`
/// reports them.
func compilerDiagnostics(_ url: URL) -> (file: FrameworkFile, diagnostics: [Diagnostic], source: String?) {
    let file = FrameworkFile.load(path: url.path)
    let compilation = FrameworkCompilation(file: file)
    return (file, compilation.diagnostics, compilation.source)
}

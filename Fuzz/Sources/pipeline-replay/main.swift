import CompetencyCompiler
import Foundation
import FrameworkExport
import FrameworkLoading
import FrameworkSynth
import PipelineCheck
import WordDiffCheck

// Runs the fuzzers' checks on files without libFuzzer, for debugging a finding:
//   pipeline-replay FILE...           as FuzzPipeline inputs
//   pipeline-replay --model FILE...   as FuzzModel inputs
//   pipeline-replay --word-diff FILE...   as FuzzWordDiff inputs
//   pipeline-replay --model --json FILE...   also print the framework built, as JSON
//   pipeline-replay --diagnostics FILE...    also print what loading and generating report

var arguments = Array(CommandLine.arguments.dropFirst())
let asModel = arguments.first == "--model"
if asModel { arguments.removeFirst() }
let asWordDiff = arguments.first == "--word-diff"
if asWordDiff { arguments.removeFirst() }
let printJSON = arguments.first == "--json"
if printJSON { arguments.removeFirst() }
let printDiagnostics = arguments.first == "--diagnostics"
if printDiagnostics { arguments.removeFirst() }
var failed = false
for path in arguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        failed = true
        continue
    }
    let problems: [String]
    if asWordDiff {
        problems = WordDiffCheck.check([UInt8](data))
    } else if asModel {
        var entropy = ByteEntropy([UInt8](data))
        let framework = FrameworkSynth.framework(&entropy)
        if printJSON { print(JSONExport.render(framework)) }
        problems = PipelineCheck.model(framework)
    } else {
        problems = PipelineCheck.file([UInt8](data))
        if printDiagnostics {
            let file = FrameworkFile.load(bytes: [UInt8](data), path: path)
            for diagnostic in FrameworkCompilation(file: file).diagnostics {
                print("  | \(diagnostic.description)")
            }
        }
    }
    print("\(path): \(problems.isEmpty ? "ok" : "\(problems.count) problems")")
    for problem in problems { print("  " + problem) }
    failed = failed || !problems.isEmpty
}
exit(failed ? 1 : 0)

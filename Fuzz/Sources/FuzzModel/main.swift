import Foundation
import FrameworkSynth
import LibFuzzerDriver
import PipelineCheck

/// libFuzzer entry point: the input is read as the choices that build a valid framework with
/// hostile text in every field (see `FrameworkSynth`), which must survive the framework-file
/// writer, the loader, JSON and CASE, and the Swift generator exactly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var entropy = ByteEntropy(bytes)
    let framework = FrameworkSynth.framework(&entropy)
    let problems = PipelineCheck.model(framework)
    if !problems.isEmpty {
        fatalError("invariant broken:\n" + problems.prefix(20).joined(separator: "\n"))
    }
    return 0
}

// SwiftPM names this module's `main` itself, so libFuzzer's own `main` cannot be used:
// start libFuzzer's driver from here instead.
exit(FuzzerDriver.run(CommandLine.argc, CommandLine.unsafeArgv, fuzzModel))

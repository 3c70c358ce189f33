import Foundation
import LibFuzzerDriver
import WordDiffCheck

/// libFuzzer entry point: the input is two texts (see `WordDiffCheck.texts`), diffed as
/// `competency compare` diffs two descriptors. Every broken invariant stops the process, so
/// that libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordDiff(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = WordDiffCheck.check(bytes)
    if !problems.isEmpty {
        fatalError("invariant broken:\n" + problems.prefix(20).joined(separator: "\n"))
    }
    return 0
}

// SwiftPM names this module's `main` itself, so libFuzzer's own `main` cannot be used:
// start libFuzzer's driver from here instead.
exit(FuzzerDriver.run(CommandLine.argc, CommandLine.unsafeArgv, fuzzWordDiff))

/// libFuzzer's driver, callable from a SwiftPM executable whose `main` SwiftPM names itself.
public enum FuzzerDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the process's arguments; returns its exit status.
    public static func run(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: TestOneInput
    ) -> Int32 {
        var argc = argc
        var argv = argv
        return withUnsafeMutablePointer(to: &argc) { count in
            withUnsafeMutablePointer(to: &argv) { values in
                LLVMFuzzerRunDriver(count, values, test)
            }
        }
    }
}

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *, size_t))`,
/// from the libFuzzer runtime that `-sanitize=fuzzer` links in.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzerDriver.TestOneInput
) -> Int32

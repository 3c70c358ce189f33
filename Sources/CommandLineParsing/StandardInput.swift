import Foundation

/// Where a tool's standard input comes from: the process's own, or text given in a test.
package struct StandardInput {
    private let read: () -> [UInt8]

    /// Input produced by `read`, called once for each reading.
    package init(read: @escaping () -> [UInt8]) {
        self.read = read
    }

    /// The process's standard input.
    package static var process: StandardInput {
        StandardInput { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    }

    /// Input that holds `text`, as if piped in.
    package static func text(_ text: String) -> StandardInput {
        StandardInput { Array(text.utf8) }
    }

    /// Everything on the input, to its end.
    package func readAll() -> [UInt8] {
        read()
    }
}

import Foundation

/// Somewhere text goes: standard output, standard error, or a buffer in tests.
///
/// Commands never call `print`; they write to the ``Console`` they are given, so that a
/// whole tool can run against buffers and output can be redirected in one place.
package protocol TextSink: AnyObject {
    /// Appends `text` as it is (no newline is added).
    func write(_ text: String)
    /// Sends anything buffered on to its destination.
    func flush()
}

/// A file descriptor such as standard output, written in large chunks.
package final class FileDescriptorSink: TextSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failed = false
    private static let chunkSize = 64 * 1024

    /// A sink that writes to `handle`.
    package init(_ handle: FileHandle) {
        self.handle = handle
    }

    package func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { flush() }
    }

    package func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        // A closed pipe (`competency tree | head`) is not worth a second error message.
        guard !failed else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failed = true
        }
    }

    deinit { flush() }
}

/// Collects everything written: for running a tool in-process, in tests.
package final class BufferSink: TextSink {
    /// Everything written so far.
    package private(set) var text = ""

    /// An empty buffer.
    package init() {}

    package func write(_ text: String) { self.text += text }
    package func flush() {}
}

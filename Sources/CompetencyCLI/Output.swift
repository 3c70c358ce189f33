import Foundation

/// Somewhere text goes: standard output, standard error, or a buffer in tests.
///
/// Commands never call `print`; they write to the ``Console`` they are given, so that the
/// whole tool can run against buffers and so that output can be redirected in one place.
public protocol TextSink: AnyObject {
    /// Appends `text` as it is (no newline is added).
    func write(_ text: String)
    /// Sends anything buffered on to its destination.
    func flush()
}

/// A file descriptor such as standard output, written in large chunks.
public final class FileDescriptorSink: TextSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failed = false
    private static let chunkSize = 64 * 1024

    /// Creates a sink that writes to `handle`.
    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { flush() }
    }

    public func flush() {
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

/// Collects everything written, for tests and for embedding the tool.
public final class BufferSink: TextSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    public func write(_ text: String) { self.text += text }
    public func flush() {}
}

/// The two output streams of a run, and whether standard output is a terminal.
public struct Console {
    /// Where results go.
    public var standardOutput: any TextSink
    /// Where errors, warnings and notes go.
    public var standardError: any TextSink
    /// Whether standard output is an interactive terminal (colour and width follow from it).
    public var outputIsTerminal: Bool

    /// Creates a console over two sinks.
    public init(standardOutput: any TextSink, standardError: any TextSink, outputIsTerminal: Bool) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
    }

    /// The process's own standard output and standard error.
    public static func standardStreams() -> Console {
        Console(
            standardOutput: FileDescriptorSink(.standardOutput),
            standardError: FileDescriptorSink(.standardError),
            outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// Writes `text` and a newline to standard output.
    func line(_ text: String = "") {
        standardOutput.write(text)
        standardOutput.write("\n")
    }

    /// Writes `text` to standard output, adding a final newline if it has none.
    func block(_ text: String) {
        standardOutput.write(text)
        if let last = text.utf8.last, last != UInt8(ascii: "\n") { standardOutput.write("\n") }
    }

    /// Writes `text` and a newline to standard error.
    func diagnostic(_ text: String) {
        standardError.write(text)
        standardError.write("\n")
    }

    /// Flushes both streams.
    func flush() {
        standardOutput.flush()
        standardError.flush()
    }
}

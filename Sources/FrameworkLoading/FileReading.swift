import Foundation

/// Reading whole files (or standard input) into bytes, with errors people can act on.
public enum FileReading {
    /// Why a file could not be read.
    public struct Problem: Error, Sendable {
        /// A one-line explanation naming the path.
        public var message: String
    }

    /// The largest file read, so that a mistaken path to a disk image fails fast.
    public static let sizeLimit = 256 * 1024 * 1024

    /// The bytes of the file at `path`, or of standard input when `path` is `-`.
    public static func bytes(atPath path: String) -> Result<[UInt8], Problem> {
        bytes(atPath: path, readingAt: path) { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    }

    /// The bytes of the file at `location`, or from `standardInput` when `path` is `-`; messages
    /// name `path`, as the person gave it. For a tool that resolves relative paths against a
    /// working directory of its own, and reads standard input from where it is told.
    public static func bytes(
        atPath path: String, readingAt location: String, standardInput: () -> [UInt8]
    ) -> Result<[UInt8], Problem> {
        if path == "-" {
            let bytes = standardInput()
            guard bytes.count <= sizeLimit else { return .failure(Problem(message: "standard input is too large")) }
            return .success(bytes)
        }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) else {
            return .failure(Problem(message: "no such file: \(path)"))
        }
        guard !isDirectory else { return .failure(Problem(message: "\(path) is a directory, not a file")) }
        guard let data = FileManager.default.contents(atPath: location) else {
            return .failure(Problem(message: "cannot read \(path) (check its permissions)"))
        }
        guard data.count <= sizeLimit else {
            return .failure(Problem(message: "\(path) is too large (\(data.count) bytes) to be a framework file"))
        }
        return .success([UInt8](data))
    }
}

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
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= sizeLimit else { return .failure(Problem(message: "standard input is too large")) }
            return .success([UInt8](data))
        }
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Problem(message: "no such file: \(path)"))
        }
        guard !isDirectory else { return .failure(Problem(message: "\(path) is a directory, not a file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(message: "cannot read \(path) (check its permissions)"))
        }
        guard data.count <= sizeLimit else {
            return .failure(Problem(message: "\(path) is too large (\(data.count) bytes) to be a framework file"))
        }
        return .success([UInt8](data))
    }
}

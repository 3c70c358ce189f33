import Foundation

/// Finds the executables this build made (`competency`, `competency-compiler`), which sit
/// in the build folder beside or above the test bundle.
public enum BuiltExecutable {
    /// A class whose bundle is the test bundle this code is linked into (on macOS the
    /// `.xctest` bundle; on Linux the test binary's folder).
    private final class Marker {}

    /// The first executable file named one of `names` in the folders holding the test
    /// bundle and the test binary, or up to five folders above them.
    public static func locate(_ names: String...) -> URL? {
        let manager = FileManager.default
        var starts = [Bundle(for: Marker.self).bundleURL, Bundle.main.bundleURL]
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<6 {
                for name in names {
                    let candidate = directory.appendingPathComponent(name)
                    var isDirectory: ObjCBool = false
                    if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                        manager.isExecutableFile(atPath: candidate.path)
                    {
                        return candidate
                    }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}

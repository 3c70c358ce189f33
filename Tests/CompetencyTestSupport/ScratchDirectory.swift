import Foundation

/// A fresh, empty folder under the temporary directory for files a test writes; the caller
/// removes it (`defer { try? FileManager.default.removeItem(at: url) }`).
public func makeScratchDirectory(_ prefix: String = "competency-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

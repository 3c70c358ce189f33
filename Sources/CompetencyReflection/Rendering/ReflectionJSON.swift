import CompetencyFramework
import CompetencyKitInternals
import Foundation

/// Reflection reports and comparisons as JSON: their documented `Codable` forms, pretty-printed
/// with two spaces, keys sorted, non-ASCII text as UTF-8 and a final newline, the same byte
/// for byte on every platform (like ``JSONExport``).
///
/// A `JSONDecoder` reads the text back as an equal ``ReflectionReport`` or
/// ``ReflectionComparison``. The shapes are described in `docs/reflection.md`.
public enum ReflectionJSON {
    /// The report as JSON.
    public static func render(_ report: ReflectionReport) -> String {
        write(report)
    }

    /// The comparison as JSON.
    public static func render(_ comparison: ReflectionComparison) -> String {
        write(comparison)
    }

    private static func write(_ value: some Encodable) -> String {
        // These models encode into plain strings, numbers, booleans, arrays and objects,
        // which cannot fail.
        guard let data = try? JSONEncoder().encode(value),
            let json = try? JSONDecoder().decode(JSONValue.self, from: data)
        else {
            preconditionFailure("reflection reports always encode as JSON")
        }
        return JSONWriter(sortsKeys: true).write(json)
    }
}

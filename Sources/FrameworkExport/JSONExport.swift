import CompetencyFramework
import CompetencyKitInternals
import Foundation

/// The framework as JSON: the model's documented `Codable` form (see ``Framework``).
///
/// The output is pretty-printed with two spaces, keys sorted by their UTF-8 bytes, non-ASCII
/// text written as UTF-8 (not escaped), and a final newline. It is the same, byte for byte,
/// for the same framework on every platform, and ``decode(_:)`` (or any `JSONDecoder`) reads
/// it back as an equal `Framework`.
///
/// ```swift
/// let text = JSONExport.render(framework)
/// assert(try JSONExport.decode(text) == framework)
/// ```
public enum JSONExport {
    /// The framework as pretty-printed JSON with sorted keys, ending with a newline.
    public static func render(_ framework: Framework) -> String {
        // The model encodes into plain strings, arrays and objects, which cannot fail; the
        // result goes through `JSONValue` so that the layout does not depend on Foundation's
        // formatting.
        guard let data = try? JSONEncoder().encode(framework),
            let value = try? JSONDecoder().decode(JSONValue.self, from: data)
        else {
            preconditionFailure("a Framework always encodes as JSON")
        }
        return JSONWriter(sortsKeys: true).write(value)
    }

    /// Decodes a framework from its JSON form.
    ///
    /// - Throws: `DecodingError` if the text is not JSON or not a framework.
    public static func decode(_ text: String) throws -> Framework {
        try JSONDecoder().decode(Framework.self, from: Data(text.utf8))
    }
}

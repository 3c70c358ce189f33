import Foundation

/// The JSON every `--json` option prints: pretty-printed, keys sorted, slashes unescaped.
enum JSONOutput {
    static func string(_ value: some Encodable) throws(CommandError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .failure("cannot encode the result as JSON: \(error)")
        }
    }
}

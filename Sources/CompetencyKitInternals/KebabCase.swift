/// The spelling of framework and level ids: `lower-kebab-case`, lower-case ASCII letters and
/// digits in groups joined by single hyphens (`leadership-toolkit`, `high-impact`).
package enum KebabCase {
    /// Whether `text` is lower-kebab-case.
    package static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
            first != UInt8(ascii: "-"), last != UInt8(ascii: "-"), !text.contains("--")
        else { return false }
        return text.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "-")
        }
    }

    /// `text` in lower-kebab-case: its ASCII letters and digits, lower-cased, with a hyphen
    /// for each run of anything else; `fallback` if nothing is left ("High impact" →
    /// `high-impact`).
    package static func from(_ text: String, fallback: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? fallback : result
    }
}

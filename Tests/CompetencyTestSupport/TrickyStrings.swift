/// Random strings that favour what breaks serialisers: YAML and Markdown indicators, quotes,
/// whitespace, control, format and bidirectional characters, and code points from every plane.
public enum TrickyStrings {
    public static let specials: [String] = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", "=",
        "+", ".", "\\", "/", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}",
        "\u{A0}", "\u{AD}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}",
        "\u{61C}", scalar(0xFFFE), scalar(0xFFFF), scalar(0xFDD0), "\u{E000}", "\u{F0000}", "\u{10FFFD}", "\u{301}",
        "\u{34F}",
        "\u{3164}", "\u{3000}", "\u{2003}", "📚", "👩🏽‍🏫", "\u{E0001}", "é", "中", "ß", ": ", " #", "- ", "---", "...",
        "yes", "null", "1.0", "0x1F", "1:20", "~", "<b>", "&amp;", "\\x41", "|x|",
    ]

    /// A one-scalar string for code points Swift string literals do not accept
    /// (noncharacters).
    public static func scalar(_ value: UInt32) -> String {
        String(Unicode.Scalar(value).map(Character.init) ?? "?")
    }

    /// A string of up to `maxLength` pieces: half plain letters and digits, the rest
    /// ``specials`` and random code points (never a surrogate).
    public static func string(using generator: inout SeededGenerator, maxLength: Int = 24) -> String {
        var result = ""
        for _ in 0..<Int.random(in: 0...maxLength, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<5:
                let letters = Array("abcdefghij ABCDE 0123456789")
                result.append(letters[Int.random(in: 0..<letters.count, using: &generator)])
            case 5..<8:
                result += specials[Int.random(in: 0..<specials.count, using: &generator)]
            default:
                var value: UInt32
                repeat {
                    value =
                        Bool.random(using: &generator)
                        ? UInt32.random(in: 0x20..<0x3000, using: &generator)
                        : UInt32.random(in: 0x20...0x10FFFF, using: &generator)
                } while (0xD800...0xDFFF).contains(value)
                result.unicodeScalars.append(Unicode.Scalar(value)!)
            }
        }
        return result
    }
}

/// Byte values and character facts shared by the stages.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let lessThan: UInt8 = 0x3C
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let leftBrace: UInt8 = 0x7B
    static let verticalBar: UInt8 = 0x7C
    static let rightBrace: UInt8 = 0x7D
}

enum Characters {
    /// Names for the characters our messages mention, so that a teacher reading
    /// "U+00A0 (no-break space)" knows what to look for.
    private static let names: [UInt32: String] = [
        0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
        0x1B: "escape", 0x7F: "delete", 0x85: "next line, NEL", 0xA0: "no-break space",
        0xAD: "soft hyphen", 0x1680: "Ogham space mark", 0x180E: "Mongolian vowel separator",
        0x2000: "en quad", 0x2001: "em quad", 0x2002: "en space", 0x2003: "em space",
        0x2004: "three-per-em space", 0x2005: "four-per-em space", 0x2006: "six-per-em space",
        0x2007: "figure space", 0x2008: "punctuation space", 0x2009: "thin space", 0x200A: "hair space",
        0x200B: "zero width space", 0x2028: "line separator", 0x2029: "paragraph separator",
        0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding",
        0x202C: "pop directional formatting", 0x202D: "left-to-right override",
        0x202E: "right-to-left override", 0x202F: "narrow no-break space", 0x205F: "medium mathematical space",
        0x2060: "word joiner", 0x2061: "function application", 0x2062: "invisible times",
        0x2063: "invisible separator", 0x2064: "invisible plus", 0x2066: "left-to-right isolate",
        0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
        0x3000: "ideographic space", 0xFEFF: "byte order mark", 0xFFFE: "noncharacter",
        0xFFFF: "noncharacter",
    ]

    static let controlCharacterHint =
        "delete it; it is invisible in most editors (it often comes from copying text out of a PDF or word processor)"

    /// `U+00A0 (no-break space)`.
    static func describe(_ value: UInt32) -> String {
        var hex = String(value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        if let name = names[value] { return "U+\(hex) (\(name))" }
        return "U+\(hex)"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0" + digits : digits
    }

    /// Characters that render as nothing, so that a reader cannot see them, yet change the
    /// text. Joiners used inside emoji and Indic or Persian words are deliberately absent.
    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0xAD, 0x180E, 0x200B, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069: true
        default: false
        }
    }

    /// The length in bytes of the Unicode space character (other than U+0020) starting at
    /// `index`, or 0. These look like spaces in an editor but YAML treats them as text, so in
    /// indentation they silently change the structure.
    static func unicodeSpaceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let lead = bytes[index]
        guard lead >= 0xC2 else { return 0 }
        if lead == 0xC2 {
            return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0
        }
        guard index + 2 < end else { return 0 }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8B || third == 0xAF ? 3 : 0  // U+2000...U+200B, U+202F
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// The scalar value of the UTF-8 sequence starting at `index`, for messages; U+FFFD if
    /// the bytes there are not a complete sequence. Malformed UTF-8 is reported on its own
    /// (`Y102`), but the parser goes on reading the file, so this must not trust the bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        guard bytes.indices.contains(index) else { return replacement }
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return UInt32(lead)
        case 0xC2..<0xE0: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0..<0xF0: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0..<0xF5: (length, value) = (4, UInt32(lead & 0x07))
        default: return replacement
        }
        guard index + length <= bytes.count else { return replacement }
        for position in index + 1..<index + length {
            let byte = bytes[position]
            guard byte & 0xC0 == 0x80 else { return replacement }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return value
    }

    /// U+FFFD REPLACEMENT CHARACTER, what ``scalar(in:at:)`` gives for malformed UTF-8.
    static let replacement: UInt32 = 0xFFFD

    /// Appends the UTF-8 encoding of `value` (a valid scalar) to `buffer`.
    static func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            buffer.append(UInt8(value))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | value >> 6))
            buffer.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | value >> 12))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | value >> 18))
            buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

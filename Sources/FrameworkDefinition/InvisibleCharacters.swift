/// Characters that look like nothing, or like a space, and usually arrive by pasting from a
/// word processor or a web page. They are kept (nothing the author wrote is dropped) but
/// reported, because a reader cannot see them and a search cannot find text around them.
enum InvisibleCharacters {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x2000...0x200F, 0x2028...0x202F,
            0x205F...0x206F, 0x3000, 0x3164, 0xFEFF, 0xFFA0:
            true
        default:
            false
        }
    }

    /// A short name for `scalar`, such as `U+00A0 (no-break space)`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard let name = scalar.properties.name else { return code }
        return "\(code) (\(name.lowercased()))"
    }
}

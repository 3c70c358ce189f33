/// Spaces that are not the ordinary space: the no-break, thin and other Unicode spaces that
/// arrive by pasting from a word processor or a web page. They are kept (nothing the author
/// wrote is dropped) but reported, because they look like spaces yet do not behave like
/// them in search, wrapping or comparison. (Invisible characters such as zero-width spaces,
/// soft hyphens and bidirectional controls are reported by YAML-lite itself, at their exact
/// column, as `Y110`.)
enum InvisibleCharacters {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
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

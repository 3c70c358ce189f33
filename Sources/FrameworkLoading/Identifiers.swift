/// The spelling rules for ids, symbols and dates in a framework file.
enum Identifiers {
    /// An ASCII Swift identifier: a letter or `_`, then letters, digits or `_`, and not a
    /// lone `_`. Keywords are allowed: generated code escapes them with backticks.
    static func isSwiftIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, text != "_" else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || byte == UInt8(ascii: "_")
        }
        return isLetter(first)
            && text.utf8.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

/// Hexadecimal spelling of code points and bytes, for escapes and messages.
package enum Hexadecimal {
    /// `value` in upper-case hexadecimal, padded with zeros to `width` digits.
    package static func digits(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

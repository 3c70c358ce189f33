/// Decodes one YAML double-quoted scalar written on one line (the escapes the writer uses and
/// the rest of YAML's single-character escapes), to check the writer against YAML's rules
/// rather than against YAML-lite's own reader. PyYAML does the same check on random
/// frameworks in the export notes' property test.
enum DoubleQuoted {
    struct Invalid: Error {}

    static func decode(_ text: String) throws -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { throw Invalid() }
        var result = String.UnicodeScalarView()
        var index = 1
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            if scalar == "\"" { throw Invalid() }
            guard scalar == "\\" else {
                result.append(scalar)
                index += 1
                continue
            }
            index += 1
            let code = scalars[index]
            index += 1
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}", "r": "\r",
                "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
                "L": "\u{2028}",
                "P": "\u{2029}",
            ]
            if let replacement = simple[code] {
                result.append(replacement)
                continue
            }
            let width = code == "x" ? 2 : code == "u" ? 4 : code == "U" ? 8 : 0
            guard width > 0, index + width <= scalars.count - 1 else { throw Invalid() }
            let digits = String(String.UnicodeScalarView(scalars[index..<index + width]))
            guard let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else { throw Invalid() }
            result.append(decoded)
            index += width
        }
        return String(result)
    }
}

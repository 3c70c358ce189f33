import CompetencyKitInternals
import YAMLLite

/// Writes a YAML-lite document as compact JSON: mappings as objects in source order,
/// sequences as arrays, scalars as strings, no document as `null`.
enum JSONWriter {
    static func json(_ document: YAMLLiteDocument) -> String {
        guard let root = document.root else { return "null" }
        var output: [UInt8] = []
        write(root, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The tree is at most 100 levels deep (the parser's limit), so recursion is safe.
    private static func write(_ node: YAMLNode, to output: inout [UInt8]) {
        switch node {
        case .scalar(let scalar):
            writeString(scalar.value, to: &output)
        case .mapping(let mapping):
            output.append(UInt8(ascii: "{"))
            for (index, entry) in mapping.entries.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(entry.key.value, to: &output)
                output.append(UInt8(ascii: ":"))
                write(entry.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .sequence(let sequence):
            output.append(UInt8(ascii: "["))
            for (index, item) in sequence.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    /// Escapes quotes, backslashes and control characters (C0, DEL, C1) as `\u00XX`, plus
    /// U+2028 and U+2029, which JavaScript treats as line breaks. Works on UTF-8 bytes, which
    /// keeps it linear and fast on very long strings.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let utf8 = Array(string.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            var escaped: UInt32?
            var length = 1
            switch byte {
            case 0x22, 0x5C:
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
                index += 1
                continue
            case 0x00..<0x20, 0x7F:
                escaped = UInt32(byte)
            case 0xC2 where index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]):
                escaped = UInt32(utf8[index + 1])
                length = 2
            case 0xE2
            where index + 2 < utf8.count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escaped = 0x2000 | UInt32(utf8[index + 2] & 0x3F)
                length = 3
            default:
                break
            }
            if let escaped {
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
                for shift in [12, 8, 4, 0] { output.append(hex[Int(escaped >> UInt32(shift) & 0xF)]) }
            } else {
                output.append(byte)
            }
            index += length
        }
        output.append(UInt8(ascii: "\""))
    }
}

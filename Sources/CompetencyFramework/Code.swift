import CompetencyKitInternals

/// The code people cite for a domain, subdomain or component, such as `2`, `2a` or `2a.iii`.
///
/// A code keeps the spelling its framework gives it, and compares tolerantly for look-ups:
/// case does not matter and `-` is the same as `.`, so `2A-III` finds `2a.iii`.
public struct Code: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The code as the framework writes it.
    public let rawValue: String

    /// Creates a code from its written form.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The form used for tolerant comparison: lower case, with `-` turned into `.`, and
    /// surrounding whitespace removed.
    public var lookupKey: String { Code.lookupKey(rawValue) }

    /// The look-up form of any text a person might type as a code.
    public static func lookupKey(_ text: some StringProtocol) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "-", "_": key.unicodeScalars.append(".")
            case " ", "\t", "\n", "\r": continue
            default: key += String(scalar).lowercased()
            }
        }
        return key
    }

    /// Whether `text` names this code, ignoring case and the `-`/`.` difference.
    public func matches(_ text: some StringProtocol) -> Bool {
        lookupKey == Code.lookupKey(text)
    }

    /// Whether the code is well formed: groups of ASCII letters and digits joined by single
    /// `.` or `-` characters, such as `1`, `1a`, `1a.iii` or `ELA-2.3`.
    public var isWellFormed: Bool {
        var previousWasSeparator = true
        for byte in rawValue.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                previousWasSeparator = false
            case UInt8(ascii: "."), UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return !previousWasSeparator
    }

    /// The default code of the component at `position` (0-based) in the subdomain coded
    /// `subdomain`: the subdomain's code, a dot and a lower-case roman numeral (`1a.iii`).
    public static func component(at position: Int, in subdomain: Code) -> Code {
        Code("\(subdomain.rawValue).\(RomanNumeral.lowercase(position + 1))")
    }

    /// Codes order naturally: runs of digits compare by value, so `2` comes before `10`, and
    /// letters compare without regard to case, so `1B` comes before `1c`. Codes that differ
    /// only in case (`1a`, `1A`) are different codes (``==`` keeps the framework's spelling),
    /// so they are ordered by their exact spelling, upper case first, which keeps `<`
    /// consistent with `==`: of two different codes, exactly one comes first.
    public static func < (lhs: Code, rhs: Code) -> Bool {
        if lhs.rawValue.compare(naturally: rhs.rawValue) { return true }
        if rhs.rawValue.compare(naturally: lhs.rawValue) { return false }
        return Array(lhs.rawValue.unicodeScalars.map(\.value)).lexicographicallyPrecedes(
            rhs.rawValue.unicodeScalars.map(\.value))
    }

    public var description: String { rawValue }
}

extension String {
    /// Compares digit runs by numeric value and everything else by lower-cased text.
    fileprivate func compare(naturally other: String) -> Bool {
        let lhs = Array(lowercased().unicodeScalars)
        let rhs = Array(other.lowercased().unicodeScalars)
        var i = 0
        var j = 0
        while i < lhs.count, j < rhs.count {
            let leftIsDigit = lhs[i].properties.numericType == .decimal
            let rightIsDigit = rhs[j].properties.numericType == .decimal
            if leftIsDigit, rightIsDigit {
                var a = i
                var b = j
                while a < lhs.count, lhs[a].properties.numericType == .decimal { a += 1 }
                while b < rhs.count, rhs[b].properties.numericType == .decimal { b += 1 }
                let left = String(String.UnicodeScalarView(lhs[i..<a]))
                let right = String(String.UnicodeScalarView(rhs[j..<b]))
                if left.count != right.count { return left.count < right.count }
                if left != right { return left < right }
                i = a
                j = b
            } else {
                if lhs[i] != rhs[j] { return lhs[i].value < rhs[j].value }
                i += 1
                j += 1
            }
        }
        return lhs.count - i < rhs.count - j
    }
}

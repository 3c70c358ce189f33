import CompetencyKitInternals

/// Deriving readable Swift names from titles, and making any name valid Swift.
enum SwiftIdentifier {
    /// Words that carry little meaning; long titles drop them before being shortened.
    static let minorWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its",
        "of", "on", "or", "that", "the", "their", "them", "they", "this", "to", "with",
    ]

    /// The ASCII words of `text`: accented Latin letters lose their accents, other characters
    /// separate words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let folded = LatinFolding.ascii(for: scalar) {
                current += folded
            } else if scalar == "'" || scalar == "’" {
                continue  // "school's" → "schools"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The words a name is built from, shortest reasonable form first: titles of up to
    /// `limit` words are used whole; longer ones drop minor words and keep the first `limit`.
    /// Each later candidate keeps more words, ending with the whole title, so a clash can be
    /// resolved by lengthening.
    static func candidates(from text: String, limit: Int = 5) -> [[String]] {
        let all = words(text)
        guard all.count > limit else { return [all] }
        let major = all.filter { !minorWords.contains($0.lowercased()) }
        var result: [[String]] = []
        // At most `lengthenings` longer forms before the whole title: each is a copy of the
        // words, so a title of many thousands of words must not get one per word.
        let lengthenings = 16
        let longest = min(major.count, limit + lengthenings)
        for count in stride(from: min(limit, major.count), through: longest, by: 1) where count > 0 {
            result.append(Array(major.prefix(count)))
        }
        result.append(all)
        return result
    }

    /// `words` as lowerCamelCase or UpperCamelCase. Words in capitals (acronyms such as
    /// "SEND") keep their case inside the name.
    static func camelCase(_ words: [String], upper: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            let isAcronym = word.count > 1 && word.uppercased() == word && word.lowercased() != word
            if index == 0 && !upper {
                result += isAcronym ? word.lowercased() : word.prefix(1).lowercased() + word.dropFirst()
            } else {
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return result
    }

    /// Swift's keywords, which a name may only use inside backticks.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package",
        "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "_", "some", "any", "each", "macro", "actor", "async",
    ]

    /// Names the generated types already use for their own members; a derived name that
    /// would shadow one gets a suffix instead.
    static let reservedMemberNames: Set<String> = [
        "allCases", "rawValue", "hashValue", "path", "index", "code", "title", "node", "component",
        "descriptor", "level", "id", "name", "init", "self", "Type", "Protocol", "Definition", "framework",
        "Level", "Domain", "Subdomain", "Component", "AllCases", "RawValue", "description",
        // Module names the generated code qualifies its references with.
        "Swift", "CompetencyFramework",
    ]

    /// Modules that code beside a generated framework often names (`Foundation.Date`): a
    /// framework type of the same name at the top level of the module would hide them, so a
    /// framework titled "Foundation" gets another name (see ``NamePlan``).
    static let commonModuleNames: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationNetworking", "Dispatch", "Glibc", "Musl", "Darwin",
        "WinSDK", "XCTest", "Testing", "Observation", "Synchronization", "RegexBuilder", "Combine", "SwiftUI",
        "UIKit", "AppKit",
    ]

    /// Keywords that start with a capital letter, so that a type name could be one: they
    /// cannot name a type, even in backticks.
    static let capitalizedKeywords: Set<String> = ["Any", "Self", "Type", "Protocol"]

    /// `name` in a form Swift accepts as a declaration name: keywords in backticks.
    static func declaration(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Whether `name` is a plain ASCII identifier (letters, digits, `_`; not starting with a
    /// digit).
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name != "_" else { return false }
        let isHead = first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        return isHead
            && name.unicodeScalars.allSatisfy {
                $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            }
    }
}

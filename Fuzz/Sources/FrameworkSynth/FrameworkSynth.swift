import CompetencyFramework

/// A source of choices: a seeded generator for property tests, or the fuzzer's bytes.
public protocol Entropy {
    /// A number in `0..<bound` (`bound` > 0).
    mutating func next(below bound: Int) -> Int
}

extension Entropy {
    /// `true` with probability about `1 / oneIn`.
    public mutating func chance(_ oneIn: Int) -> Bool { next(below: oneIn) == 0 }

    /// One of `items` (not empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[next(below: items.count)] }
}

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
public struct SeededEntropy: Entropy {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next(below bound: Int) -> Int {
        Int(next64() % UInt64(bound))
    }
}

/// The fuzzer's input read as a sequence of choices; zeros once it runs out, so every input
/// gives a framework and short inputs give small ones.
public struct ByteEntropy: Entropy {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isExhausted: Bool { position >= bytes.count }

    private mutating func byte() -> Int {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return Int(bytes[position])
    }

    public mutating func next(below bound: Int) -> Int {
        if bound <= 1 { return 0 }
        if bound <= 256 { return byte() % bound }
        return (byte() << 16 | byte() << 8 | byte()) % bound
    }
}

/// Random frameworks that are valid by the loader's rules, with hostile text in every text
/// field: quotes, backslashes, `"""`, `#`, `\(`, `*/`, NUL and other controls, bidirectional
/// controls, line and paragraph separators, emoji, combining marks, look-alikes, and any
/// Unicode scalar at all.
public enum FrameworkSynth {
    /// How large the frameworks get.
    public struct Size: Sendable {
        public var levels: Int
        public var domains: Int
        public var subdomains: Int
        public var components: Int
        public var pieces: Int

        public init(levels: Int, domains: Int, subdomains: Int, components: Int, pieces: Int) {
            self.levels = levels
            self.domains = domains
            self.subdomains = subdomains
            self.components = components
            self.pieces = pieces
        }

        public static let small = Size(levels: 3, domains: 2, subdomains: 2, components: 3, pieces: 8)
    }

    /// The pieces text is made of, weighted towards what breaks quoting and comments.
    public static let hostilePieces: [String] = [
        "\"", "\"", "'", "\\", "\\\\", "\"\"\"", "#", " #", "#\"", "\"#", "\\(", "\\(x)", "*/", "/*", "//", "///",
        "\u{0}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{9F}", "\n", "\n\n", "\r",
        "\r\n", "\t", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
        "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{2029}", "\u{FEFF}",
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{00A0}", "\u{202F}", "\u{3000}",
        "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{E000}", "\u{10FFFF}", "\u{1F600}", "👩‍👩‍👧‍👦", "🇬🇧", "👍🏽",
        "e\u{301}", "\u{E9}", "\u{301}", "\u{20DD}", "a\u{0308}\u{0301}\u{0323}", "\u{212A}", "\u{212B}", "\u{2126}",
        "\u{37E}", "\u{1FEF}", "і", "ο", "ﬁ", "ß", "İ", "ǅ", "Ω", "Σ", "ς", "\u{1100}\u{1161}\u{11A8}", "각",
        "“", "”", "‘", "’", "–", "—", "…", "•", ": ", ":", " : ", "- ", "-", "? ", "|", ">", "|-", ">+", "&a", "*a",
        "!tag", "!!str", "%YAML 1.2", "---", "...", "{", "}", "[", "]", ",", "@", "`", "<<", "~", "yes", "no",
        "null", "true", "1", "0x1F", "1.0", "1e3", ".inf", "2026-09-01", "12:30", "=1+1", "+1", "@SUM(A1)",
        "<script>", "&amp;", "</p>", "${x}", "%s", " ", "  ", "   ", "class", "self", "Self", "Type", "init",
        "default", "_", "__", "1abc", "allCases", "rawValue", "Level", "Domain", "Component", "Swift",
    ]

    /// Words that make readable titles, so that derived names are often real words.
    static let words: [String] = [
        "Reading", "reading", "for", "the", "Pleasure", "and", "of", "Leading", "Learning", "Teaching",
        "SEND", "Éducation", "Straße", "Ærø", "naïve", "café", "Über", "Œuvre", "Þing", "school's",
        "Pupils", "Set", "High", "Expectations", "a", "AI", "Data", "X", "Z",
    ]

    /// Titles that name something the generated code or the standard library also names.
    static let clashingTitles: [String] = [
        "Swift", "CompetencyFramework", "Level", "Domain", "Subdomain", "Component", "Type", "Self", "self",
        "Int", "String", "Framework", "Definition", "Foundation", "Never", "Any", "Optional", "Array", "Error",
        "Sendable", "CaseIterable", "Make All Cases", "Cases", "All Cases", "Path", "Raw Value", "Hash Value",
        "Code", "Title", "Index", "Node", "Descriptor", "ID", "Name", "Description", "Protocol", "Archive",
        "default", "class", "_", "1", "2nd", "Ωmega", "日本語", "👍", "true", "nil", "in", "is", "as", "try",
        "await", "throws", "some", "any", "Any", "init", "deinit", "subscript", "Type", "Protocol",
    ]

    /// A title: usually text, sometimes a name that clashes with one the generated code uses.
    public static func title<E: Entropy>(_ e: inout E, pieces: Int) -> String {
        e.chance(6) ? e.pick(clashingTitles) : text(&e, pieces: pieces, nonEmpty: true)
    }

    /// Text of up to `pieces` pieces; empty text is possible unless `nonEmpty`.
    public static func text<E: Entropy>(_ e: inout E, pieces: Int, nonEmpty: Bool = false) -> String {
        var result = ""
        let count = e.next(below: pieces + 1)
        for _ in 0..<count {
            switch e.next(below: 10) {
            case 0, 1, 2: result += e.pick(words)
            case 3: result += " "
            case 4, 5, 6, 7: result += e.pick(hostilePieces)
            default: result.unicodeScalars.append(anyScalar(&e))
            }
        }
        if nonEmpty && result.isEmpty { result = e.pick(words) }
        return result
    }

    /// Any Unicode scalar, from the whole range.
    public static func anyScalar<E: Entropy>(_ e: inout E) -> Unicode.Scalar {
        let planes = [0x80, 0x800, 0x1_0000, 0x11_0000]
        let value = e.next(below: e.pick(planes))
        return Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
    }

    static func kebab<E: Entropy>(_ e: inout E, prefix: String) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var result = prefix
        for _ in 0..<e.next(below: 4) {
            if e.chance(4) { result += "-" }
            result.append(e.pick(letters))
        }
        return result
    }

    static func code<E: Entropy>(_ e: inout E, taken: inout Set<String>, fallback: String) -> Code {
        let characters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var text = ""
        for group in 0..<(1 + e.next(below: 3)) {
            if group > 0 { text += e.chance(2) ? "." : "-" }
            for _ in 0..<(1 + e.next(below: 3)) { text.append(e.pick(characters)) }
        }
        var code = Code(text)
        if !taken.insert(code.lookupKey).inserted {
            code = Code(fallback)
            var n = 2
            while !taken.insert(code.lookupKey).inserted {
                code = Code("\(fallback)-\(n)")
                n += 1
            }
        }
        return code
    }

    /// A symbol (sometimes): a valid identifier, sometimes a keyword or a name the generated
    /// code reserves, which must give a G101 error rather than bad Swift.
    static func symbol<E: Entropy>(_ e: inout E, taken: inout Set<String>) -> String? {
        guard e.chance(4) else { return nil }
        let special = ["class", "func", "default", "Type", "self", "allCases", "rawValue", "Level", "init", "_x", "x1"]
        var name: String
        if e.chance(12) {
            name = e.pick(special)
        } else {
            let head = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
            let tail = head + Array("0123456789")
            name = String(e.pick(head))
            for _ in 0..<e.next(below: 8) { name.append(e.pick(tail)) }
            if name == "_" { name = "_a" }
        }
        // Two identical symbols in one list are a G102 error; keep them rare.
        if !taken.insert(name.lowercased()).inserted && !e.chance(8) { return nil }
        return name
    }

    static func optionalText<E: Entropy>(_ e: inout E, _ size: Size) -> String? {
        e.chance(3) ? nil : text(&e, pieces: size.pieces)
    }

    static func textList<E: Entropy>(_ e: inout E, _ size: Size) -> [String] {
        (0..<e.next(below: 3)).map { _ in text(&e, pieces: size.pieces, nonEmpty: true) }
    }

    /// A framework the loader accepts (warnings aside) when written with `FrameworkFileWriter`.
    public static func framework<E: Entropy>(_ e: inout E, size: Size = .small, index: Int = 0) -> Framework {
        let dates = ["2026-09-01", "2024-02-29", "1999-12-31", "2000-01-01"]
        var frameworkSymbols: Set<String> = []
        let metadata = FrameworkMetadata(
            id: kebab(&e, prefix: "f\(index)"), title: title(&e, pieces: size.pieces),
            symbol: symbol(&e, taken: &frameworkSymbols), version: optionalText(&e, size),
            date: e.chance(2) ? e.pick(dates) : nil, publisher: optionalText(&e, size),
            description: optionalText(&e, size), epigraph: optionalText(&e, size), notes: textList(&e, size),
            licence: optionalText(&e, size), source: optionalText(&e, size), language: optionalText(&e, size),
            stem: optionalText(&e, size))

        var levels: [ProficiencyLevel] = []
        var levelIDs: Set<String> = []
        var levelNames: Set<String> = []
        var levelSymbols: Set<String> = []
        for index in 0..<(1 + e.next(below: size.levels)) {
            var id = kebab(&e, prefix: "l\(index)")
            if !levelIDs.insert(id).inserted {
                id = "level-\(index)"
                levelIDs.insert(id)
            }
            var name = title(&e, pieces: size.pieces / 2 + 1)
            if !levelNames.insert(name.lowercased()).inserted {
                name = "Level \(index + 1)"
                levelNames.insert(name.lowercased())
            }
            levels.append(
                ProficiencyLevel(
                    id: id, name: name, summary: optionalText(&e, size), indicators: textList(&e, size),
                    symbol: symbol(&e, taken: &levelSymbols)))
        }

        var codes: Set<String> = []
        var domainSymbols: Set<String> = []
        var domains: [Domain] = []
        for d in 0..<(1 + e.next(below: size.domains)) {
            let domainCode = code(&e, taken: &codes, fallback: "D\(d + 1)")
            var subdomainSymbols: Set<String> = []
            var subdomains: [Subdomain] = []
            for s in 0..<(1 + e.next(below: size.subdomains)) {
                let subdomainCode = code(&e, taken: &codes, fallback: "D\(d + 1)S\(s + 1)")
                var componentSymbols: Set<String> = []
                var components: [Component] = []
                for c in 0..<(1 + e.next(below: size.components)) {
                    let componentCode = code(&e, taken: &codes, fallback: "D\(d + 1)S\(s + 1)C\(c + 1)")
                    let descriptors = levels.map { level in
                        LevelDescriptor(
                            level: level.id,
                            e.chance(5)
                                ? .gap(reason: text(&e, pieces: size.pieces, nonEmpty: true))
                                : .text(text(&e, pieces: size.pieces, nonEmpty: true)))
                    }
                    components.append(
                        Component(
                            code: componentCode, title: title(&e, pieces: size.pieces),
                            descriptors: descriptors, notes: optionalText(&e, size),
                            symbol: symbol(&e, taken: &componentSymbols)))
                }
                subdomains.append(
                    Subdomain(
                        code: subdomainCode, title: title(&e, pieces: size.pieces),
                        description: optionalText(&e, size), components: components, notes: optionalText(&e, size),
                        symbol: symbol(&e, taken: &subdomainSymbols)))
            }
            domains.append(
                Domain(
                    code: domainCode, title: title(&e, pieces: size.pieces),
                    description: optionalText(&e, size), subdomains: subdomains, notes: optionalText(&e, size),
                    symbol: symbol(&e, taken: &domainSymbols)))
        }
        return Framework(metadata: metadata, levels: levels, domains: domains)
    }
}

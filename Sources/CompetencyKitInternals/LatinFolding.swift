/// ASCII spellings of Latin letters, so that "Éducation" names `Education` and "Straße"
/// `Strasse` in generated Swift, and a search for `dwr` finds "Dŵr".
package enum LatinFolding {
    /// The ASCII letters or digits standing for `scalar`, or `nil` if it is not a letter or
    /// digit this table knows.
    package static func ascii(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return String(scalar)
        default: break
        }
        if let mapped = table[scalar] { return mapped }
        return nil
    }

    private static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("òóôõöøōŏő", "o"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"),
            ("ţťŧ", "t"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"),
            // Welsh writes w and y with every accent: ŵ ẁ ẃ ẅ, ŷ ỳ ý ÿ.
            ("ŴẀẂẄ", "W"), ("ŵẁẃẅ", "w"), ("ÝŶŸỲ", "Y"), ("ýÿŷỳ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        for (letters, ascii) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = ascii }
        }
        let ligatures: [(Unicode.Scalar, String)] = [
            ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"), ("ß", "ss"), ("Þ", "Th"), ("þ", "th"),
        ]
        for (scalar, ascii) in ligatures { table[scalar] = ascii }
        return table
    }()
}

extension LatinFolding {
    /// `text` as search compares it: lower case, Latin letters without their accents (`é` →
    /// `e`, `ŵ` → `w`, `ß` → `ss`, `æ` → `ae`), combining accents dropped (so a decomposed
    /// `e` + U+0301 is `e` too), and curly quotes straight. Other letters (Greek, Cyrillic,
    /// CJK...) stay as they are, lower-cased.
    package static func searchForm(_ text: some StringProtocol) -> String {
        // Most words are ASCII, where folding is lower-casing; search folds every word of
        // every text, so this path matters (`competency search` in BENCHMARKS.md).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in String(text).lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": result += "'"
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": result += "\""
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                if let ascii = table[scalar] {
                    result += ascii.lowercased()
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

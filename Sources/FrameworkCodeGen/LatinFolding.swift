/// ASCII spellings of letters, so that "Éducation" names `Education` and "Straße" `Strasse`.
enum LatinFolding {
    /// The ASCII letters or digits standing for `scalar`, or `nil` if it is not a letter or
    /// digit this table knows.
    static func ascii(for scalar: Unicode.Scalar) -> String? {
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
            ("ţťŧ", "t"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"),
            ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
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

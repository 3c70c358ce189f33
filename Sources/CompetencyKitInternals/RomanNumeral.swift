/// Roman numerals, which frameworks use to number components within a subdomain.
package enum RomanNumeral {
    /// `number` as a lower-case roman numeral (`4` → `iv`). Numbers below 1 give `"0"`.
    package static func lowercase(_ number: Int) -> String {
        guard number > 0 else { return "0" }
        let symbols: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var remaining = number
        var result = ""
        for (value, symbol) in symbols {
            while remaining >= value {
                result += symbol
                remaining -= value
            }
        }
        return result
    }
}

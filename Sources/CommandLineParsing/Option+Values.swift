import CompetencyKitInternals

extension Option where Value == String {
    /// An option whose value is any text, such as `--name NAME`.
    package init(_ names: String..., value: String, help: String) {
        self.init(names: names, value: value, help: help) { text throws(InvalidValue) in text }
    }

    /// An option whose value is text that `isValid` accepts; other text is refused as
    /// `--date REQUIREMENT, not "text"`, where `requirement` is such as
    /// `needs a calendar date written YYYY-MM-DD`.
    package init(
        _ names: String..., value: String, help: String, requirement: String,
        isValid: @escaping @Sendable (String) -> Bool
    ) {
        self.init(names: names, value: value, help: help) { text throws(InvalidValue) in
            guard isValid(text) else { throw Self.unmet(requirement, by: text, names: names) }
            return text
        }
    }
}

extension Option where Value == Int {
    /// An option whose value is a whole number in `range`; anything else is refused as
    /// `--depth REQUIREMENT, not "7"`, where `requirement` is such as `must be 1, 2 or 3`.
    package init(_ names: String..., value: String, help: String, range: ClosedRange<Int>, requirement: String) {
        self.init(names: names, value: value, help: help) { text throws(InvalidValue) in
            guard let number = Int(text), range.contains(number) else {
                throw Self.unmet(requirement, by: text, names: names)
            }
            return number
        }
    }
}

extension Option {
    /// An option whose value is one of a fixed set, such as `--format json`: `lookup` finds
    /// the value a text names (in any case, and any other spelling it accepts). Other text is
    /// refused with the nearest of `choices` (`unknown format "jsn"; did you mean json?`), or
    /// with the list of them; `noun` is what one choice is called.
    package init(
        _ names: String..., value: String, help: String, noun: String, choices: [String],
        lookup: @escaping @Sendable (String) -> Value?
    ) {
        self.init(names: names, value: value, help: help) { text throws(InvalidValue) in
            if let found = lookup(text) { return found }
            guard let suggestion = EditDistance.suggestion(for: text, among: choices) else {
                throw InvalidValue("unknown \(noun) \"\(text)\"; the \(noun)s are \(EnglishList.or(choices))")
            }
            throw InvalidValue("unknown \(noun) \"\(text)\"; did you mean \(suggestion)?")
        }
    }
}

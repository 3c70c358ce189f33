/// The importer's notes on what did not map one to one, in the order they arose.
struct ImportNotes {
    private(set) var sentences: [String] = []

    mutating func add(_ sentence: String) {
        sentences.append(sentence)
    }

    mutating func add(contentsOf other: [String]) {
        sentences.append(contentsOf: other)
    }
}

/// `one` when `number` is 1, `many` otherwise.
func either(_ number: Int, _ one: String, _ many: String) -> String {
    number == 1 ? one : many
}

/// "1 item", "3 items".
func count(_ number: Int, _ singular: String, plural: String? = nil) -> String {
    "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
}

/// "first", "second", "third", "4th".
func ordinal(_ number: Int) -> String {
    switch number {
    case 1: "first"
    case 2: "second"
    case 3: "third"
    default: "\(number)th"
    }
}

/// The first three titles, quoted, and `…` when there are more: `"A", "B", "C", …`.
func quotedExamples(_ titles: [String]) -> String {
    titles.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (titles.count > 3 ? ", …" : "")
}

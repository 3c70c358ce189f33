import CompetencyFramework

/// The framework's codes: an item keeps its `humanCodingScheme` when it is well formed and
/// not already taken (ignoring case and `-`/`.`), first come first served in tree order;
/// every other code is derived from a position and made unique.
struct CodeBook {
    private let items: PackageItems
    /// The codes taken so far, by look-up key.
    private var used: Set<String> = []
    /// The `humanCodingScheme` each item may keep.
    private var claimed: [Int: Code] = [:]
    /// The items whose code had to be derived: title and code, for a note.
    private var derived: [(title: String, code: Code)] = []

    /// Claims the items' own codes, in tree order, so that no derived code takes one.
    init(claimingCodesIn tree: ItemTree, items: PackageItems) {
        self.items = items
        for item in tree.preorder {
            guard let text = items.items[item].humanCodingScheme else { continue }
            let code = Code(text)
            if code.isWellFormed, !used.contains(code.lookupKey) {
                used.insert(code.lookupKey)
                claimed[item] = code
            }
        }
    }

    /// The code of `item`: its own when it claimed one, otherwise `derived`, with `-2`, `-3`
    /// ... added while that is taken. A synthetic domain or subdomain has no item.
    mutating func code(for item: Int?, derived candidate: String) -> Code {
        if let item, let code = claimed[item] { return code }
        var text = candidate
        var counter = 2
        while used.contains(Code.lookupKey(text)) {
            text = "\(candidate)-\(counter)"
            counter += 1
        }
        used.insert(Code.lookupKey(text))
        if let item { derived.append((items.title(of: item), Code(text))) }
        return Code(text)
    }

    /// A derived subdomain code: the domain's code and a letter (`1a`), with a `.` between
    /// when the domain's code ends in a letter (`ELA.a`); the next letter while that is taken.
    func subdomainCode(in domain: Code, index: Int) -> String {
        var index = index
        while used.contains(Code.lookupKey(Self.subdomainCode(in: domain, letterIndex: index))), index < 10_000 {
            index += 1
        }
        return Self.subdomainCode(in: domain, letterIndex: index)
    }

    private static func subdomainCode(in domain: Code, letterIndex index: Int) -> String {
        var letters = ""
        var number = index
        repeat {
            letters = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 26))) + letters
            number = number / 26 - 1
        } while number >= 0
        let endsWithDigit = domain.rawValue.unicodeScalars.last.map { ("0"..."9").contains($0) } ?? true
        return domain.rawValue + (endsWithDigit ? "" : ".") + letters
    }

    /// The note listing derived codes (the first five), if any were.
    func noteDerivedCodes(_ notes: inout ImportNotes) {
        guard !derived.isEmpty else { return }
        let examples = derived.prefix(5).map { "\"\($0.title)\" → \($0.code)" }.joined(separator: ", ")
        let more = derived.count > 5 ? ", …" : ""
        notes.add(
            "\(count(derived.count, "item")) had no usable humanCodingScheme (missing, not well formed or "
                + "already used), so \(either(derived.count, "its code was", "their codes were")) derived from "
                + "\(either(derived.count, "its", "their")) position: \(examples)\(more).")
    }
}

import CompetencyKitInternals

// CASE packages come from many tools and are untrusted input: a member that is missing or of
// the wrong type is read as absent, never as a reason to refuse the whole package. Only an
// object that is not an object at all fails to decode (and is then left out of its array).

extension KeyedDecodingContainer {
    /// The text at `key`; `nil` when it is missing or not a string.
    func lenientString(forKey key: Key) -> String? {
        try? decodeIfPresent(String.self, forKey: key)
    }

    /// The whole number at `key`, also when written as a string (`"3"`) or as a whole
    /// floating-point value (`3.0`), as some producers write them; `nil` otherwise.
    func lenientInteger(forKey key: Key) -> Int? {
        (try? decodeIfPresent(JSONValue.self, forKey: key))?.integer
    }

    /// The number at `key`; `nil` when it is missing or not a number.
    func lenientNumber(forKey key: Key) -> Double? {
        try? decodeIfPresent(Double.self, forKey: key)
    }

    /// The value at `key`; `nil` when it is missing or does not decode as `type`.
    func lenient<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        try? decodeIfPresent(type, forKey: key)
    }

    /// The elements at `key` that decode as `Element`, in order, leaving out the others;
    /// `nil` when the member is missing or not an array.
    func lenientArray<Element: Decodable>(of type: Element.Type, forKey key: Key) -> [Element]? {
        (try? decodeIfPresent([Skippable<Element>].self, forKey: key))?.compactMap(\.value)
    }
}

/// An array element that is `nil` when it does not decode, so that one bad element leaves
/// the rest of its array readable (an unkeyed container does not move past an element that
/// throws).
private struct Skippable<Wrapped: Decodable>: Decodable {
    let value: Wrapped?

    init(from decoder: any Decoder) throws {
        value = try? Wrapped(from: decoder)
    }
}

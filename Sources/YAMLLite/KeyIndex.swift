/// Finds duplicate keys in one mapping, in time linear in the number of keys.
///
/// Most mappings have a handful of keys, and comparing a few strings beats hashing them, so
/// the index starts as a linear search and only builds a table once the mapping grows.
/// The table is keyed by a 64-bit FNV-1a hash of the key's UTF-8, which is several times
/// cheaper than hashing `String`s (it matters for files with 100,000 keys); keys whose hash
/// collides with a different key go to an ordinary dictionary, so even crafted collisions
/// cannot make the search quadratic.
struct KeyIndex {
    private static let linearLimit = 16

    private let hash: (String) -> UInt64
    private var keys: [(value: String, line: Int)] = []
    private var byHash: [UInt64: Int] = [:]
    private var collided: [String: Int] = [:]

    /// Creates an empty index; tests pass a weak `hash` to exercise collisions.
    init(hash: @escaping (String) -> UInt64 = KeyIndex.fnv1a) {
        self.hash = hash
    }

    /// Records `key`, first seen on `line`; returns the line of an earlier equal key, if any.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if byHash.isEmpty {
            if let earlier = keys.first(where: { $0.value == key }) { return earlier.line }
            keys.append((key, line))
            if keys.count == Self.linearLimit {
                for (index, entry) in keys.enumerated() { _ = insertHashed(entry.value, index: index) }
            }
            return nil
        }
        keys.append((key, line))
        if let earlier = insertHashed(key, index: keys.count - 1) {
            keys.removeLast()
            return earlier
        }
        return nil
    }

    /// Adds the key at `index` of `keys` to the table, or returns the line of an equal key.
    private mutating func insertHashed(_ key: String, index: Int) -> Int? {
        let value = hash(key)
        guard let other = byHash[value] else {
            byHash[value] = index
            return nil
        }
        if keys[other].value == key { return keys[other].line }
        if let line = collided[key] { return line }
        collided[key] = keys[index].line
        return nil
    }

    static func fnv1a(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }
}

/// Encodes any `Encodable` as a ``JSONValue``, so that Codable types can be written by
/// ``JSONWriter``: `JSONEncoder`'s spacing, escaping and key order differ between platforms
/// and from the writer's, and exports must be the same bytes everywhere.
///
/// Object members keep the order they were encoded in (the writer can sort them); an optional
/// encoded with `encodeIfPresent` and holding `nil` leaves no member, as with `JSONEncoder`.
package struct JSONValueEncoder {
    package init() {}

    package func encode(_ value: some Encodable) throws -> JSONValue {
        let encoder = TreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        return encoder.result.json
    }
}

/// A value under construction: containers are shared by reference, because `Encoder` hands
/// out containers that callers keep writing into after the call returns.
private enum Node {
    case value(JSONValue)
    case object(ObjectNode)
    case array(ArrayNode)
    /// What a nested encoder (a superclass's) writes, read when the whole tree is done.
    case encoder(TreeEncoder)

    var json: JSONValue {
        switch self {
        case .value(let value): value
        case .object(let node): .object(node.members.map { ($0.key, $0.node.json) })
        case .array(let node): .array(node.elements.map(\.json))
        case .encoder(let encoder): encoder.result.json
        }
    }
}

private final class ObjectNode {
    var members: [(key: String, node: Node)] = []

    func set(_ key: String, _ node: Node) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].node = node
        } else {
            members.append((key, node))
        }
    }
}

private final class ArrayNode {
    var elements: [Node] = []
}

private final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was encoded; an empty object when nothing was, as `JSONEncoder` writes it.
    var node: Node?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    var result: Node { node ?? .object(ObjectNode()) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectNode
        if case .object(let existing) = node {
            object = existing
        } else {
            object = ObjectNode()
            node = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayNode
        if case .array(let existing) = node {
            array = existing
        } else {
            array = ArrayNode()
            node = .array(array)
        }
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// `value` encoded on its own, at `path`.
    static func node(for value: some Encodable, at path: [any CodingKey]) throws -> Node {
        if let scalar = ScalarEncoding.json(of: value) { return .value(scalar) }
        let encoder = TreeEncoder(codingPath: path)
        try value.encode(to: encoder)
        return encoder.result
    }
}

/// The JSON of the standard library's scalar types, which encode themselves through a
/// single-value container; spelt out here so that every container shares one mapping.
private enum ScalarEncoding {
    static func json(of value: some Encodable) -> JSONValue? {
        switch value {
        case let text as String: .string(text)
        case let flag as Bool: .bool(flag)
        case let number as Double: .double(number)
        case let number as Float: .double(Double(number))
        case let number as any BinaryInteger: Int(exactly: number).map(JSONValue.int) ?? .double(Double(number))
        default: nil
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        object.set(key.stringValue, .value(.null))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(key.stringValue, try TreeEncoder.node(for: value, at: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        object.set(key.stringValue, .array(nested))
        return UnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder(codingPath: codingPath)
        object.set("super", .encoder(encoder))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = TreeEncoder(codingPath: codingPath + [key])
        object.set(key.stringValue, .encoder(encoder))
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayNode
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [IndexKey(index: count)] }

    mutating func encodeNil() throws {
        array.elements.append(.value(.null))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try TreeEncoder.node(for: value, at: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = ObjectNode()
        let path = nextPath
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        let path = nextPath
        array.elements.append(.array(nested))
        return UnkeyedContainer(array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder(codingPath: nextPath)
        array.elements.append(.encoder(encoder))
        return encoder
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.node = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try TreeEncoder.node(for: value, at: codingPath)
    }
}

/// The coding key of an array element, for coding paths in errors.
package struct IndexKey: CodingKey {
    package let index: Int
    package var stringValue: String { "Index \(index)" }
    package var intValue: Int? { index }

    package init(index: Int) { self.index = index }
    package init?(stringValue: String) { nil }
    package init?(intValue: Int) { self.index = intValue }
}

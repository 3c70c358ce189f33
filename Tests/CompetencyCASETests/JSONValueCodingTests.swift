import CompetencyKitInternals
import Testing

/// The encoder and decoder that put the CASE types through `JSONValue` (and so through the
/// deterministic `JSONWriter`).
@Suite struct JSONValueCodingTests {
    struct Sample: Codable, Equatable {
        var text: String
        var number: Int
        var fraction: Double
        var small: UInt8
        var flag: Bool
        var optional: String?
        var list: [Int]
        var nested: [String: [Bool]]
    }

    static let sample = Sample(
        text: "é\n", number: -3, fraction: 2.5, small: 255, flag: true, optional: nil, list: [1, 2],
        nested: ["a": [true, false]])

    @Test func encodesMembersInOrderAndLeavesOutNil() throws {
        let json = try JSONValueEncoder().encode(Self.sample)
        guard case .object(let members) = json else {
            Issue.record("not an object: \(json)")
            return
        }
        #expect(members.map(\.0) == ["text", "number", "fraction", "small", "flag", "list", "nested"])
        #expect(json["small"] == .int(255))
        #expect(json["fraction"] == .double(2.5))
        #expect(json["nested"]?["a"] == .array([.bool(true), .bool(false)]))
        #expect(try JSONValueDecoder().decode(Sample.self, from: json) == Self.sample)
    }

    @Test func encodesNestedAndSuperContainers() throws {
        struct Manual: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyKey.self)
                var inner = container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("inner"))
                try inner.encode(1, forKey: AnyKey("one"))
                var list = container.nestedUnkeyedContainer(forKey: AnyKey("list"))
                try list.encodeNil()
                var single = container.superEncoder(forKey: AnyKey("base")).singleValueContainer()
                try single.encode("base")
            }
        }
        let json = try JSONValueEncoder().encode(Manual())
        #expect(
            json
                == .object([
                    ("inner", .object([("one", .int(1))])), ("list", .array([.null])), ("base", .string("base")),
                ]))
        #expect(try JSONValueEncoder().encode([String]()) == .array([]))
        #expect(try JSONValueEncoder().encode(Optional<Int>.none) == .null)
    }

    @Test func decodesNumbersAsJSONDecoderDoes() throws {
        let decoder = JSONValueDecoder()
        #expect(try decoder.decode(Int.self, from: .double(3)) == 3)
        #expect(try decoder.decode(Double.self, from: .int(3)) == 3)
        #expect(try decoder.decode(Float.self, from: .double(0.5)) == 0.5)
        #expect(throws: DecodingError.self) { try decoder.decode(Int.self, from: .double(3.5)) }
        #expect(throws: DecodingError.self) { try decoder.decode(UInt8.self, from: .int(256)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Int.self, from: .string("3")) }
        #expect(throws: DecodingError.self) { try decoder.decode(String.self, from: .null) }
        #expect(try decoder.decode(String?.self, from: .null) == nil)
    }

    @Test func errorsSayWhere() {
        let json = JSONValue.object([("outer", .array([.object([("number", .string("three"))])]))])
        let error = #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode([String: [[String: Int]]].self, from: json)
        }
        guard case .typeMismatch(_, let context)? = error else {
            Issue.record("expected a type mismatch, got \(String(describing: error))")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["outer", "Index 0", "number"])
        #expect(context.debugDescription == "Expected to decode Int but found a string.")

        let missing = #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode(Sample.self, from: .object([]))
        }
        guard case .keyNotFound(let key, _)? = missing else {
            Issue.record("expected a missing key, got \(String(describing: missing))")
            return
        }
        #expect(key.stringValue == "text")
    }

    @Test func anElementThatFailsDoesNotMoveTheArrayOn() throws {
        struct FirstTwice: Decodable {
            let values: [Int]
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                #expect(throws: DecodingError.self) { try container.decode(String.self) }
                #expect(container.currentIndex == 0)
                values = [try container.decode(Int.self), try container.decode(Int.self)]
                #expect(container.isAtEnd)
                #expect(throws: DecodingError.self) { try container.decode(Int.self) }
            }
        }
        #expect(try JSONValueDecoder().decode(FirstTwice.self, from: .array([.int(1), .int(2)])).values == [1, 2])
    }
}

/// A coding key for any name.
private struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

import CompetencyKitInternals
import CompetencyTestSupport
import Foundation
import Testing

/// The JSON writer behind every JSON export: its escapes, its layout, and text any JSON
/// reader reads back exactly.
@Suite struct JSONWriterTests {
    static func string(_ text: String) -> String {
        var output = ""
        JSONWriter.writeString(text, into: &output)
        return output
    }

    @Test(arguments: [
        ("plain", #""plain""#), ("say \"hi\"", #""say \"hi\"""#), ("back\\slash", #""back\\slash""#),
        ("a/b", #""a/b""#), ("line\nfeed", #""line\nfeed""#), ("cr\r", #""cr\r""#), ("tab\t", #""tab\t""#),
        ("\u{08}\u{0C}", #""\b\f""#), ("nul\u{0}", #""nul\u0000""#), ("esc\u{1B}", #""esc\u001b""#),
        ("\u{1F}", #""\u001f""#), ("del\u{7F}", #""del\u007f""#), ("ls\u{2028}ps\u{2029}", #""ls\u2028ps\u2029""#),
        // C1 controls, NEL among them, which some readers take for a line break.
        ("nel\u{85}csi\u{9B}", #""nel\u0085csi\u009b""#), ("\u{80}\u{9F}", #""\u0080\u009f""#),
        // Everything else is written as UTF-8, however unusual.
        ("é 中文 📚 \u{A0} \u{202E} \u{FEFF}", "\"é 中文 📚 \u{A0} \u{202E} \u{FEFF}\""),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(Self.string(text) == expected)
    }

    @Test func layoutIsTwoSpacesWithKeysSortedByTheirBytes() {
        let value = JSONValue.object([
            ("é", .null), ("b", .array([.int(1), .bool(true), .array([]), .object([])])), ("B", .string("x")),
            ("a", .object([("z", .double(1.5)), ("y", .double(2))])),
        ])
        #expect(
            JSONWriter().write(value) == """
                {
                  "B": "x",
                  "a": {
                    "y": 2,
                    "z": 1.5
                  },
                  "b": [
                    1,
                    true,
                    [],
                    {}
                  ],
                  "é": null
                }

                """)
        #expect(
            JSONWriter(sortsKeys: false).write(.object([("b", .int(1)), ("a", .int(2))]))
                == "{\n  \"b\": 1,\n  \"a\": 2\n}\n")
    }

    /// Whole numbers below 10^15 are written as integers; other finite numbers as Swift
    /// writes a `Double`, the same on every platform; infinities and NaN (which JSON
    /// cannot hold) as null.
    @Test func numbersAreWrittenTheSameEverywhere() {
        let numbers: [JSONValue] = [
            .int(-3), .double(3), .double(-0.25), .double(999_999_999_999_999), .double(1e15), .double(1e300),
            .double(.infinity), .double(.nan),
        ]
        #expect(
            JSONWriter().write(.array(numbers))
                == "[\n  -3,\n  3,\n  -0.25,\n  999999999999999,\n  1000000000000000.0,\n  1e+300,\n  null,\n  null\n]\n"
        )
    }

    /// Foundation's reader gets every random text back exactly.
    @Test func randomTextReadsBack() throws {
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<500 {
            let text = TrickyStrings.string(using: &generator, maxLength: 40)
            let json = JSONWriter().write(.array([.string(text)]))
            let read = try JSONDecoder().decode([String].self, from: Data(json.utf8))
            #expect(read.map { Array($0.unicodeScalars) } == [Array(text.unicodeScalars)], "\(json)")
        }
    }
}

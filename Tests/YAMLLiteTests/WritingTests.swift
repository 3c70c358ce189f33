import CompetencyDiagnostics
import CompetencyTestSupport
import Testing
import YAMLLite

/// YAML-lite's writing rules (`Sources/YAMLLite/Writing`): ``ScalarStyle`` spells each text
/// in a style that reads back exactly, in YAML-lite and in YAML 1.1 and 1.2, and
/// ``BlockWriter`` lays those scalars out in documents the parser reads back unchanged.
@Suite struct WritingTests {
    @Test(arguments: [
        // Plain: reads back as written in YAML 1.1, 1.2 and YAML-lite.
        ("1a", "1a"), ("1a.iii", "1a.iii"), ("ELA-2.3", "ELA-2.3"), ("2026-09-01", "2026-09-01"),
        ("Leaders' work", "Leaders' work"), ("C# and F#", "C# and F#"), ("ratio 3:1", "ratio 3:1"),
        ("café au lait", "café au lait"), ("中文", "中文"), ("(aside) text", "(aside) text"),
        ("https://example.org/a#b", "https://example.org/a#b"),
        // Would be typed, or would not parse, as plain.
        ("1", "\"1\""), ("1.0", "\"1.0\""), ("yes", "\"yes\""), ("No", "\"No\""), ("null", "\"null\""), ("~", "\"~\""),
        ("0x1F", "\"0x1F\""), ("1_000", "\"1_000\""), ("1:20", "\"1:20\""), (".inf", "\".inf\""), ("1e3", "\"1e3\""),
        ("2026-09-01T10:00:00Z", "\"2026-09-01T10:00:00Z\""), ("", "\"\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""),
        ("ends:", "\"ends:\""), ("#x", "\"#x\""), ("- x", "\"- x\""), ("-x", "\"-x\""), ("? x", "\"? x\""),
        ("&a", "\"&a\""), ("*a", "\"*a\""), ("!t", "\"!t\""), ("|", "\"|\""), (">", "\">\""), ("'q'", "\"'q'\""),
        ("%Y", "\"%Y\""), ("@x", "\"@x\""), ("`x`", "\"`x`\""), ("[a]", "\"[a]\""), ("{a}", "\"{a}\""),
        (" lead", "\" lead\""), ("trail ", "\"trail \""), ("📚 books", "\"📚 books\""),
        // Escapes.
        ("say \"hi\"", "say \"hi\""), ("back\\slash", "back\\slash"), ("\"quoted\"", "\"\\\"quoted\\\"\""),
        ("\\x41", "\"\\\\x41\""), ("two\nlines", "\"two\\nlines\""),
        ("tab\there", "\"tab\\there\""), ("nul\u{0}", "\"nul\\x00\""), ("esc\u{1B}", "\"esc\\x1B\""),
        ("del\u{7F}", "\"del\\x7F\""),
        ("nel\u{85}", "\"nel\\x85\""), ("cr\r", "\"cr\\x0D\""), ("nbsp\u{A0}x", "\"nbsp\\xA0x\""),
        ("soft\u{AD}hyphen", "\"soft\\xADhyphen\""),
        ("rlo\u{202E}x", "\"rlo\\u202Ex\""), ("lri\u{2066}x", "\"lri\\u2066x\""), ("alm\u{61C}x", "\"alm\\u061Cx\""),
        ("zw\u{200B}sp", "\"zw\\u200Bsp\""), ("ls\u{2028}ps\u{2029}", "\"ls\\u2028ps\\u2029\""),
        ("bom\u{FEFF}", "\"bom\\uFEFF\""),
        ("cgj\u{34F}x", "\"cgj\\u034Fx\""), ("filler\u{3164}x", "\"filler\\u3164x\""),
        ("ideographic\u{3000}space", "\"ideographic\\u3000space\""),
        ("pua\u{E000}", "\"pua\\uE000\""), ("tag\u{E0001}", "\"tag\\U000E0001\""),
        ("plane16\u{10FFFD}", "\"plane16\\U0010FFFD\""),
    ])
    func scalarSpelling(text: String, expected: String) throws {
        let written = ScalarStyle.scalar(text)
        #expect(written == expected)
        if written.unicodeScalars.first == "\"" { #expect(try DoubleQuoted.decode(written) == text) }
    }

    @Test func noncharactersAreEscaped() throws {
        for value: UInt32 in [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF] {
            let text = "x" + TrickyStrings.scalar(value)
            let written = ScalarStyle.scalar(text)
            #expect(written.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(try DoubleQuoted.decode(written) == text)
        }
    }

    @Test func randomStringsRoundTripThroughDoubleQuotes() throws {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let text = TrickyStrings.string(using: &generator)
            let written = ScalarStyle.scalar(text)
            // (Compare scalars: a combining mark after the quote joins it in one Character.)
            if written.unicodeScalars.first == "\"" {
                #expect(try DoubleQuoted.decode(written) == text, "\(written)")
                #expect(ScalarStyle.doubleQuoted(text) == written)
            } else {
                #expect(written == text)
            }
            // Nothing invisible, no line break and no control character is ever written raw.
            #expect(
                !written.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{FEFF}"
                        || $0 == "\u{202E}"
                })
        }
    }

    @Test func blockWriterLaysOutEachStyle() {
        var writer = BlockWriter(lineWidth: 40)
        writer.text("id", "sample", indent: 0)
        writer.text("version", "1.0", indent: 0)
        writer.text("note", "two\nlines", indent: 0)
        writer.text("summary", "a leader will model the behaviour they expect of others", indent: 0)
        writer.raw("")
        writer.textList("notes", ["first", "- not a list item"], indent: 0)
        writer.textList("empty", [], indent: 0)
        writer.key("levels", indent: 0)
        writer.text("id", "one", indent: 4, listItem: true)
        writer.optionalText("summary", nil, indent: 4)
        writer.mapping("descriptors", [("one", "does it."), ("a: b", "quoted key")], indent: 4, always: false)
        writer.mapping("gaps", [], indent: 4, always: true)
        #expect(
            writer.text == """
                id: sample
                version: "1.0"
                note: |-
                  two
                  lines
                summary: >-
                  a leader will model the behaviour they
                  expect of others

                notes:
                  - first
                  - "- not a list item"
                levels:
                  - id: one
                    descriptors:
                      one: does it.
                      "a: b": quoted key
                    gaps:

                """)
    }

    /// Whatever the text, a document the writer lays out parses back to the same text, in
    /// every position a value can take: after a key, as a list item, as a mapping's key and
    /// as its value. (Compared scalar by scalar: `==` on strings would let a canonically
    /// equivalent spelling pass.)
    @Test func randomTextReadsBackThroughTheParser() throws {
        func scalars(_ node: YAMLNode?) -> [Unicode.Scalar]? {
            guard case .scalar(let scalar)? = node else { return nil }
            return Array(scalar.value.unicodeScalars)
        }
        var generator = SeededGenerator(seed: 23)
        for _ in 0..<500 {
            let texts = (0..<3).map { _ in TrickyStrings.string(using: &generator, maxLength: 40) }
            var writer = BlockWriter(lineWidth: 30)
            writer.text("text", texts[0], indent: 0)
            writer.textList("list", [texts[1], texts[2]], indent: 0)
            writer.mapping("map", [(texts[1], texts[2])], indent: 0, always: true)
            let result = YAMLLite.parse(writer.text)
            #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)\n\(writer.text)")
            guard case .mapping(let root)? = result.document.root, case .sequence(let list)? = root["list"],
                case .mapping(let map)? = root["map"]
            else {
                Issue.record("not the document written:\n\(writer.text)")
                continue
            }
            let read = [scalars(root["text"])] + list.items.map(scalars) + map.entries.map { scalars($0.value) }
            #expect(
                read == [texts[0], texts[1], texts[2], texts[2]].map { Array($0.unicodeScalars) }, "\(writer.text)")
            #expect(map.entries.map { Array($0.key.value.unicodeScalars) } == [Array(texts[1].unicodeScalars)])
        }
    }
}

import Testing

@testable import YAMLLite

@Suite struct QuotedScalarTests {
    @Test func singleQuotes() {
        #expect(value(of: "a", in: "a: 'it''s'\n") == "it's")
        #expect(value(of: "a", in: "a: '# not: a key'\n") == "# not: a key")
        #expect(value(of: "a", in: "a: 'C:\\path'\n") == "C:\\path")
        #expect(value(of: "a", in: "a: ''\n") == "")
    }

    @Test(arguments: [
        ("\\0", "\u{0}"), ("\\a", "\u{7}"), ("\\b", "\u{8}"), ("\\t", "\t"), ("\\\t", "\t"), ("\\n", "\n"),
        ("\\v", "\u{B}"), ("\\f", "\u{C}"), ("\\r", "\r"), ("\\e", "\u{1B}"), ("\\ ", " "), ("\\\"", "\""),
        ("\\/", "/"), ("\\\\", "\\"), ("\\N", "\u{85}"), ("\\_", "\u{A0}"), ("\\L", "\u{2028}"),
        ("\\P", "\u{2029}"), ("\\x41", "A"), ("\\u263A", "\u{263A}"), ("\\U0001F600", "\u{1F600}"),
        ("\\u00e9", "é"),
    ])
    func doubleQuotedEscapes(escape: String, expected: String) {
        #expect(value(of: "a", in: "a: \"<\(escape)>\"\n") == "<\(expected)>")
    }

    @Test func invalidEscapes() {
        #expect(codes("a: \"\\q\"\n") == ["Y217"])
        #expect(codes("a: \"\\x4\"\n") == ["Y217"])
        #expect(codes("a: \"\\uD800\"\n") == ["Y217"])
        #expect(codes("a: \"\\U00110000\"\n") == ["Y217"])
        #expect(diagnostic("Y217", in: "a: \"ok \\q\"\n")?.location.column == 8)
    }

    @Test func multiLineFolding() {
        #expect(value(of: "a", in: "a: \"one\n  two\"\n") == "one two")
        #expect(value(of: "a", in: "a: \"one\n\n  two\"\n") == "one\ntwo")
        #expect(value(of: "a", in: "a: 'one   \n    two'\n") == "one two")
        #expect(value(of: "a", in: "a: 'one\n\n\n  two'\n") == "one\n\ntwo")
    }

    @Test func escapedLineBreaks() {
        #expect(value(of: "a", in: "a: \"one\\\n  two\"\n") == "onetwo")
        #expect(value(of: "a", in: "a: \"one  \\\n  two\"\n") == "one  two")
        #expect(value(of: "a", in: "a: \"one\\\n\n  two\"\n") == "one\ntwo")
        #expect(value(of: "a", in: "a: \"one\\t  \n  two\"\n") == "one\t two")
    }

    @Test func tabsInsideQuotesAreText() {
        #expect(value(of: "a", in: "a: \"x\ty\"\n") == "x\ty")
        #expect(value(of: "a", in: "a: 'x\ty'\n") == "x\ty")
    }

    @Test func commentAfterQuote() {
        #expect(value(of: "a", in: "a: 'x' # note\n") == "x")
        #expect(codes("a: 'x'# note\n") == ["Y218"])
        #expect(codes("a: 'x' y\n") == ["Y218"])
    }

    @Test func unclosedQuote() {
        let found = diagnostic("Y216", in: "a: b\nc: 'open\n")
        #expect(found?.location.line == 2 && found?.location.column == 4)
    }

    @Test func continuationMustBeIndented() {
        #expect(codes("a: \"one\ntwo\"\n") == ["Y219"])
        #expect(codes("a:\n  b: 'one\n  c: d\n") == ["Y219"])
    }

    @Test func quotedKeys() {
        guard case .mapping(let mapping)? = parseClean("'a b': 1\n\"c: d\": 2\n\"\": 3\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries.map(\.key.value) == ["a b", "c: d", ""])
        #expect(mapping.entries.map(\.key.style) == [.singleQuoted, .doubleQuoted, .doubleQuoted])
    }

    @Test func multiLineKeyIsAnError() {
        #expect(codes("\"a\n  b\": c\n") == ["Y215"])
    }

    @Test func styles() {
        guard case .mapping(let mapping)? = parseClean("a: 'x'\nb: \"y\"\n"),
            case .scalar(let single)? = mapping["a"], case .scalar(let double)? = mapping["b"]
        else {
            Issue.record("expected scalars")
            return
        }
        #expect(single.style == .singleQuoted && double.style == .doubleQuoted)
        #expect(single.location.column == 4)
    }
}

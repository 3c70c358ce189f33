import Testing

@testable import YAMLLite

@Suite struct PlainScalarTests {
    @Test(arguments: [
        ("a: no", "no"), ("a: 1.0", "1.0"), ("a: null", "null"), ("a: ~", "~"), ("a: true", "true"),
        ("a: 0x1F", "0x1F"), ("a: 2024-01-01", "2024-01-01"), ("a: a:b", "a:b"), ("a: a#b", "a#b"),
        ("a: -x", "-x"), ("a: ?x", "?x"), ("a: :x", ":x"), ("a: a  b", "a  b"), ("a: x # comment", "x"),
        ("a: http://x.org/#top", "http://x.org/#top"), ("a: it's", "it's"), ("a: say \"hi\"", "say \"hi\""),
        ("a: 50%", "50%"), ("a: Q&A", "Q&A"), ("a: wow!", "wow!"), ("a: x [1] {2}", "x [1] {2}"),
        ("a: trailing   ", "trailing"),
    ])
    func everyScalarIsText(input: String, expected: String) {
        #expect(value(of: "a", in: input) == expected)
    }

    @Test func linesFoldIntoSpaces() {
        #expect(value(of: "a", in: "a: one\n  two\n  three\n") == "one two three")
    }

    @Test func blankLinesBecomeLineBreaks() {
        #expect(value(of: "a", in: "a: one\n\n  two\n\n\n  three\n") == "one\ntwo\n\nthree")
    }

    @Test func whitespaceAroundLineBreaksIsDropped() {
        #expect(value(of: "a", in: "a: one   \n     two\n") == "one two")
    }

    @Test func continuationOnlyNeedsToBeDeeperThanTheMapping() {
        #expect(value(of: "a", in: "a: one\n two\n") == "one two")
        #expect(value(of: "a", in: "a:\n    one\n  two\n") == "one two")
    }

    @Test func aCommentEndsTheText() {
        #expect(value(of: "a", in: "a: one\n  # note\nb: two\n") == "one")
        let codes = codes("a: one # note\n  two\n")
        #expect(codes.contains("Y204"))
    }

    @Test func topLevelTextContinuesAtAnyIndentation() {
        #expect(scalarValue("one\ntwo\n\nthree\n") == "one two\nthree")
    }

    @Test func colonSpaceInsideAValueIsAnError() {
        let found = diagnostic("Y210", in: "title: Reading: for pleasure\n")
        #expect(found?.location.line == 1 && found?.location.column == 15)
    }

    @Test func colonSpaceOnAContinuationLineIsAnError() {
        #expect(codes("a: text\n  b: more\n") == ["Y210"])
    }

    @Test func continuationStartingWithDashIsAnError() {
        #expect(codes("a: text\n  - item\n") == ["Y211"])
        #expect(codes("- a\n  - b\n") == ["Y211"])
    }

    @Test(arguments: ["@", "`", "%", ",", "]", "}"])
    func reservedFirstCharacterIsAnError(first: String) {
        #expect(codes("a: \(first)x\n") == ["Y212"])
    }

    @Test func tabsInPlainTextAreErrors() {
        #expect(codes("a: one\ttwo\n") == ["Y202"])
        #expect(codes("a:\tb\n") == ["Y202"])
        #expect(codes("- \tb\n") == ["Y202"])
    }

    @Test func noBreakSpaceAfterColonIsAWarning() {
        let result = YAMLLite.parse("title:\u{A0}Reading\n")
        #expect(result.diagnostics.map(\.code) == ["Y227"])
        guard case .scalar(let scalar)? = result.document.root else {
            Issue.record("expected text")
            return
        }
        #expect(scalar.value == "title:\u{A0}Reading")
    }

    @Test func wordProcessorBulletsAreWarned() {
        #expect(codes("items:\n  \u{2022} one\n") == ["Y225"])
        #expect(codes("items:\n  \u{2013} one\n  \u{2014} two\n") == ["Y225", "Y225"])
        #expect(codes("a: 2 \u{2013} 3\n").isEmpty)
    }

    @Test func styleIsPlain() {
        guard case .mapping(let mapping)? = parseClean("a: b\n"), case .scalar(let scalar)? = mapping["a"] else {
            Issue.record("expected a mapping")
            return
        }
        #expect(scalar.style == .plain)
    }
}

import Testing

@testable import YAMLLite

@Suite struct BlockScalarTests {
    @Test(arguments: [
        ("|", "one\ntwo\n"), ("|-", "one\ntwo"), ("|+", "one\ntwo\n\n"),
        (">", "one two\n"), (">-", "one two"), (">+", "one two\n\n"),
    ])
    func chomping(header: String, expected: String) {
        #expect(value(of: "a", in: "a: \(header)\n  one\n  two\n\nb: x\n") == expected)
    }

    @Test func literalKeepsIndentationBeyondTheFirstLine() {
        #expect(value(of: "a", in: "a: |\n  one\n    two\n  three\n") == "one\n  two\nthree\n")
    }

    @Test func foldedKeepsBreaksAroundMoreIndentedLines() {
        #expect(value(of: "a", in: "a: >\n  one\n    two\n  three\n") == "one\n  two\nthree\n")
        #expect(value(of: "a", in: "a: >\n  one\n\n    two\n") == "one\n\n  two\n")
    }

    @Test func foldedBlankLinesGiveBreaks() {
        #expect(value(of: "a", in: "a: >\n  one\n\n  two\n\n\n  three\n") == "one\ntwo\n\nthree\n")
        #expect(value(of: "a", in: "a: >\n\n  one\n") == "\none\n")
    }

    @Test func blankLinesInsideAndAtTheEnd() {
        #expect(value(of: "a", in: "a: |\n  one\n\n  two\n\n\nb: x\n") == "one\n\ntwo\n")
        #expect(value(of: "a", in: "a: |+\n  one\n\n\nb: x\n") == "one\n\n\n")
        #expect(value(of: "a", in: "a: |-\n  one\n\n\nb: x\n") == "one")
    }

    @Test func spacesBeyondTheIndentationAreText() {
        #expect(value(of: "a", in: "a: |\n  one\n     \n  two\n") == "one\n   \ntwo\n")
    }

    @Test func hashLinesAreText() {
        #expect(value(of: "a", in: "a: | # header comment\n  # not a comment\n") == "# not a comment\n")
    }

    @Test func lessIndentedCommentEndsTheBlock() {
        #expect(value(of: "a", in: "a: |\n    one\n  # comment\nb: x\n") == "one\n")
    }

    @Test func emptyBlock() {
        #expect(value(of: "a", in: "a: |\nb: x\n") == "")
        #expect(value(of: "a", in: "a: >+\n\nb: x\n") == "\n")
    }

    @Test func explicitIndentation() {
        #expect(value(of: "a", in: "a: |2\n   one\n  two\n") == " one\ntwo\n")
        #expect(value(of: "a", in: "a: >1-\n  one\n two\n") == " one\ntwo")
        guard case .sequence(let sequence)? = parseClean("- |1\n   x\n"), case .scalar(let scalar) = sequence.items[0]
        else {
            Issue.record("expected a sequence")
            return
        }
        #expect(scalar.value == "  x\n")
    }

    @Test func inSequencesAndCompactMappings() {
        guard case .sequence(let sequence)? = parseClean("- |\n  one\n- key: >-\n    two\n    three\n") else {
            Issue.record("expected a sequence")
            return
        }
        #expect(sequence.items.count == 2)
        #expect(
            sequence.items[0]
                == .scalar(YAMLScalar(value: "one\n", style: .literal, location: .init(line: 1, column: 3, offset: 2))))
        guard case .mapping(let mapping) = sequence.items[1], case .scalar(let folded)? = mapping["key"] else {
            Issue.record("expected a mapping")
            return
        }
        #expect(folded.value == "two three" && folded.style == .folded)
        #expect(folded.location.line == 3 && folded.location.column == 8)
    }

    @Test func lastLineWithoutLineBreak() {
        #expect(value(of: "a", in: "a: |-\n  text") == "text")
        #expect(codes("a: |\n  text") == ["Y226"])
        #expect(codes("a: >+\n  text\n  ") == ["Y226", "Y109"])
    }

    @Test func headerErrors() {
        #expect(codes("a: | text\n") == ["Y220"])
        #expect(codes("a: |0\n  x\n") == ["Y220"])
        #expect(codes("a: |#c\n  x\n") == ["Y220"])
        #expect(codes("|2\n  x\n") == ["Y222"])
    }

    @Test func leadingBlankLineWithMoreSpaces() {
        #expect(codes("a: |\n    \n  text\n").contains("Y221"))
    }

    @Test func tabsInsideTheTextAreKept() {
        #expect(value(of: "a", in: "a: |\n  one\n  \ttwo\n") == "one\n\ttwo\n")
        #expect(codes("a: |\n  \tone\n").contains("Y201"))
    }

    @Test func topLevelBlock() {
        #expect(scalarValue("|\n  text\n") == "text\n")
        #expect(scalarValue(">-\n a\n b\n") == "a b")
    }
}

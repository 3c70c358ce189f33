import CompetencyDiagnostics
import Testing

@testable import YAMLLite

@Suite struct StructureTests {
    @Test func nestedMappingsAndSequences() {
        let root = parseClean("a:\n  b:\n    - c\n    - d: e\n      f: g\nh: i\n")
        #expect(
            root?.pythonJSON == """
                {
                  "a": {
                    "b": [
                      "c",
                      {
                        "d": "e",
                        "f": "g"
                      }
                    ]
                  },
                  "h": "i"
                }
                """)
    }

    @Test func indentlessSequence() {
        guard case .mapping(let mapping)? = parseClean("a:\n- x\n- y\nb: z\n"),
            case .sequence(let sequence)? = mapping["a"]
        else {
            Issue.record("expected a sequence under a")
            return
        }
        #expect(sequence.items.count == 2)
        #expect(mapping["b"] != nil)
    }

    @Test func compactNestedSequences() {
        #expect(parseClean("- - a\n  - b\n- c\n")?.pythonJSON == "[\n  [\n    \"a\",\n    \"b\"\n  ],\n  \"c\"\n]")
    }

    @Test func emptyValues() {
        guard case .mapping(let mapping)? = parseClean("a:\nb: # note\nc:\n  -\n  - \n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping["a"] == .scalar(YAMLScalar(value: "", location: .init(line: 1, column: 3, offset: 2))))
        #expect(mapping["b"] == .scalar(YAMLScalar(value: "", location: .init(line: 2, column: 3, offset: 5))))
        guard case .sequence(let sequence)? = mapping["c"] else {
            Issue.record("expected a sequence")
            return
        }
        #expect(sequence.items.map(\.location.column) == [4, 4])
    }

    @Test func subscriptFindsKeys() {
        guard case .mapping(let mapping)? = parseClean("a: 1\nb: 2\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping["b"].map { if case .scalar(let s) = $0 { s.value } else { "" } } == "2")
        #expect(mapping["z"] == nil)
    }

    @Test func emptyAndCommentOnlyFilesHaveNoRoot() {
        for text in ["", "# only a comment\n", "\n\n", "   \n# x\n  # y"] {
            let result = YAMLLite.parse(text)
            #expect(result.document.root == nil)
            #expect(!result.diagnostics.containsErrors)
        }
    }

    @Test func documentStartMarker() {
        #expect(value(of: "a", in: "# c\n--- # d\na: b\n") == "b")
        #expect(
            YAMLLite.parse("---\n").document.root
                == .scalar(YAMLScalar(value: "", location: .init(line: 1, column: 4, offset: 3))))
        #expect(codes("--- a\n") == ["Y223"])
        #expect(codes("a: b\n---\nc: d\n") == ["Y307"])
        #expect(codes("a: b\n...\n") == ["Y308"])
    }

    @Test func duplicateKeysNameTheFirstLine() {
        let found = diagnostic("Y214", in: "a: 1\nb: 2\na: 3\n")
        #expect(found?.location.line == 3)
        #expect(found?.message.contains("line 1") == true)
    }

    @Test func duplicatesInLargeMappingsAreFound() {
        let text = (0..<40).map { "k\($0): v\n" }.joined() + "k3: again\nk39: again\n"
        #expect(codes(text) == ["Y214", "Y214"])
    }

    @Test func sameKeyInDifferentMappingsIsFine() {
        #expect(codes("a:\n  x: 1\nb:\n  x: 2\n").isEmpty)
    }

    @Test func mergeKey() {
        #expect(codes("<<: x\n") == ["Y310"])
        #expect(codes("'<<': x\n").isEmpty)
    }

    @Test(arguments: [
        ("a: [1]\n", "Y301"), ("a: {b: c}\n", "Y302"), ("a: &x y\n", "Y303"), ("a: *x\n", "Y304"),
        ("a: !!str y\n", "Y305"), ("%YAML 1.2\n---\na: b\n", "Y306"), ("? a\n: b\n", "Y309"),
        ("- [1]\n", "Y301"), ("[a, b]\n", "Y301"), ("&x a: b\n", "Y303"),
    ])
    func rejectedFeatures(input: String, code: String) {
        #expect(codes(input).first == code)
    }

    @Test func everyRejectedFeatureIsReported() {
        #expect(codes("a: &x 1\nb: *x\nc: !t 2\nd: [3]\ne: {f: 4}\n") == ["Y303", "Y304", "Y305", "Y301", "Y302"])
    }

    @Test func indentationErrors() {
        #expect(codes("a:\n  b: 'x'\n    c: 1\n") == ["Y204"])
        #expect(codes("a:\n    b: 1\n  c: 2\n") == ["Y205"])
        #expect(codes("a: 1\nb\n") == ["Y206"])
        #expect(codes("- a\nb: c\n") == ["Y207"])
        #expect(codes("a: 1\n- b\n") == ["Y208"])
        #expect(codes("a: - b\n") == ["Y209"])
        #expect(codes(": b\n") == ["Y213"])
        #expect(codes("'a'\nb\n") == ["Y224"])
    }

    @Test func errorsAreReportedAndTheParseGoesOn() {
        let result = YAMLLite.parse("a: 1\nb\nc: 2\nd\ne: 3\n")
        #expect(result.diagnostics.map(\.code) == ["Y206", "Y206"])
        guard case .mapping(let mapping)? = result.document.root else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries.map(\.key.value) == ["a", "c", "e"])
    }

    @Test func tabIndentedLinesAreEachReported() {
        let result = YAMLLite.parse("a:\n\tb: 1\n\tc:\n\t\td: 3\n")
        #expect(result.diagnostics.map(\.code) == ["Y201", "Y201", "Y201"])
        #expect(result.diagnostics.map(\.location.line) == [2, 3, 4])
    }

    @Test func unicodeSpaceInIndentation() {
        let found = diagnostic("Y203", in: "a:\n\u{A0} b: 1\n")
        #expect(found?.location == SourceLocation(line: 2, column: 1, offset: 3))
    }

    @Test func longKeys() {
        #expect(codes(String(repeating: "k", count: 1024) + ": v\n").isEmpty)
        #expect(codes(String(repeating: "k", count: 1025) + ": v\n") == ["Y903"])
        #expect(codes("'" + String(repeating: "k", count: 1022) + "': v\n").isEmpty)
        #expect(codes("'" + String(repeating: "k", count: 1023) + "': v\n") == ["Y903"])
    }

    @Test func keySpacesBeforeColon() {
        #expect(value(of: "a", in: "a   : b\n") == "b")
    }
}

@Suite struct KeyIndexTests {
    @Test(arguments: [5, 16, 17, 1_000])
    func findsEveryDuplicate(count: Int) {
        var index = KeyIndex()
        for number in 0..<count { #expect(index.insert("key\(number)", line: number + 1) == nil) }
        #expect(index.insert("key0", line: 9_999) == 1)
        #expect(index.insert("key\(count - 1)", line: 9_999) == count)
        #expect(index.insert("new", line: 9_999) == nil)
    }

    @Test func collidingHashesStillCompareKeys() {
        var index = KeyIndex(hash: { UInt64($0.utf8.count) })
        for number in 0..<100 { #expect(index.insert("k\(number % 10)\(number / 10)", line: number + 1) == nil) }
        #expect(index.insert("k00", line: 500) == 1)
        #expect(index.insert("k99", line: 500) == 100)
        #expect(index.insert("k55", line: 500) == 56)
        #expect(index.insert("zz", line: 500) == nil)
        #expect(index.insert("zz", line: 501) == 500)
    }
}

import CompetencyDiagnostics
import Testing

@testable import YAMLLite

@Suite struct EncodingTests {
    @Test func utf16AndUTF32AreRejectedOnce() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("a: b\n".utf8).flatMap { [$0, 0] }
        let result = YAMLLite.parse(utf16)
        #expect(result.diagnostics.map(\.code) == ["Y101"])
        #expect(result.diagnostics[0].hint?.contains("UTF-8") == true)
        #expect(result.document.root == nil)
        #expect(codes([0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x61]) == ["Y101"])
        #expect(codes(Array("a: b\n".utf8).flatMap { [$0, 0] }) == ["Y101"])
    }

    @Test(arguments: [
        ([0xC0, 0xAF] as [UInt8], "overlong"), ([0xE0, 0x80, 0xAF], "overlong"),
        ([0xED, 0xA0, 0x80], "surrogate"), ([0xF4, 0x90, 0x80, 0x80], "beyond"),
        ([0x80], "cannot start"), ([0xFF], "never appears"), ([0xE2, 0x82], "not completed"),
    ])
    func invalidUTF8(sequence: [UInt8], words: String) {
        let result = YAMLLite.parse(Array("a: x".utf8) + sequence + Array("y\n".utf8))
        #expect(result.diagnostics.map(\.code) == ["Y102"])
        #expect(result.diagnostics.first?.message.contains(words) == true)
        #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 5, offset: 4))
        #expect(result.text.contains("\u{FFFD}"))
    }

    @Test func everyInvalidSequenceIsReported() {
        #expect(
            codes(Array("a: ".utf8) + [0xE9, 0x20, 0xE9, 0x0A, 0x62, 0x3A, 0x20, 0xFF, 0x0A]) == [
                "Y102", "Y102", "Y102",
            ])
    }

    @Test func controlCharacters() {
        #expect(codes("a: x\u{7}y\n") == ["Y103"])
        #expect(codes("a: x\u{7F}\n") == ["Y103"])
        #expect(codes("a: x\u{9F}\n") == ["Y103"])
        #expect(codes("a: \u{FFFE}\n") == ["Y103"])
        #expect(codes("a: x\u{0}y\u{0}\n") == ["Y104"])
    }

    @Test func lineSeparatorsFromWordProcessors() {
        #expect(codes("a: x\u{85}y\n") == ["Y105"])
        #expect(codes("a: x\u{2028}y\n") == ["Y105"])
        #expect(codes("a: x\u{2029}y\n") == ["Y105"])
    }

    @Test func byteOrderMarkInTheMiddle() {
        #expect(codes("a: b\n\u{FEFF}c: d\n") == ["Y106"])
        #expect(codes([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8)) == ["Y106"])
    }

    @Test func lineEndings() {
        #expect(codes("a: b\r\nc: d\r\n").isEmpty)
        #expect(codes("a: b\rc: d\r") == ["Y107"])
        let mixed = YAMLLite.parse("a: b\nc: d\r\ne: f\r\ng: h\n")
        #expect(mixed.diagnostics.map(\.code) == ["Y108"])
        #expect(!mixed.diagnostics.containsErrors)
        #expect(
            mixed.document.root?.pythonJSON == "{\n  \"a\": \"b\",\n  \"c\": \"d\",\n  \"e\": \"f\",\n  \"g\": \"h\"\n}"
        )
    }

    @Test func crlfInsideScalarsMeansLF() {
        #expect(value(of: "a", in: "a: |\r\n  x\r\n  y\r\n") == "x\ny\n")
        #expect(value(of: "a", in: "a: 'x\r\n\r\n  y'\r\n") == "x\ny")
    }

    @Test func trailingWhitespaceIsAWarning() {
        let result = YAMLLite.parse("a: b  \n  \nc: d\t\n")
        #expect(result.diagnostics.map(\.code) == ["Y109", "Y109", "Y202", "Y109"])
        #expect(result.diagnostics[0].location == SourceLocation(line: 1, column: 5, offset: 4))
    }

    @Test func invisibleCharacters() {
        #expect(codes("a: x\u{200B}y\n") == ["Y110"])
        #expect(codes("a: x\u{202E}y\n") == ["Y110"])
        #expect(codes("a: \u{1F468}\u{200D}\u{1F469}\n").isEmpty)
    }

    @Test func invalidBytesDoNotStopTheParse() {
        let result = YAMLLite.parse(Array("a: \u{1}\nb: [x]\n".utf8))
        #expect(result.diagnostics.map(\.code) == ["Y103", "Y301"])
    }

    /// Messages that name the character after `\`, after `: ` or in a key read the bytes
    /// there; malformed UTF-8 at those places, or a sequence cut off by the end of the file,
    /// must give a diagnostic and not a read past the end (found by the fuzzer:
    /// `q: "x\` followed by the bytes B3 B7 3A).
    @Test(
        arguments: [
            [0xB3, 0xB7, 0x3A], [0xF0, 0x9F], [0xE2, 0x28, 0xA1], [0xC0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80],
        ] as [[UInt8]])
    func malformedUTF8WhereAMessageNamesACharacter(_ sequence: [UInt8]) {
        for (prefix, suffix) in [("q: \"x\\", ""), ("q: a:", ""), ("q: a\n", ": b\n"), ("q: \"x\\", "\"\n")] {
            let bytes = Array(prefix.utf8) + sequence + Array(suffix.utf8)
            let result = YAMLLite.parse(bytes)
            #expect(result.diagnostics.contains { $0.code == "Y102" }, "\(bytes)")
            #expect(result.diagnostics.allSatisfy { $0.location.offset <= bytes.count })
        }
    }
}

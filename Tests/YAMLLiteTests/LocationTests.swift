import CompetencyDiagnostics
import Testing

@testable import YAMLLite

@Suite struct LocationTests {
    @Test func keysValuesAndCollections() {
        guard case .mapping(let mapping)? = parseClean("title: Reading\nlist:\n  - one\n  - k: v\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.location == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(mapping.entries[0].key.location == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(mapping.entries[0].value.location == SourceLocation(line: 1, column: 8, offset: 7))
        #expect(mapping.entries[1].key.location == SourceLocation(line: 2, column: 1, offset: 15))
        guard case .sequence(let sequence) = mapping.entries[1].value else {
            Issue.record("expected a sequence")
            return
        }
        #expect(sequence.location == SourceLocation(line: 3, column: 3, offset: 23))
        #expect(sequence.items[0].location == SourceLocation(line: 3, column: 5, offset: 25))
        #expect(sequence.items[1].location == SourceLocation(line: 4, column: 5, offset: 33))
    }

    @Test func columnsCountUnicodeScalarsAndOffsetsCountBytes() {
        guard case .mapping(let mapping)? = parseClean("é📚: ü\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries[0].value.location == SourceLocation(line: 1, column: 5, offset: 8))
        let found = diagnostic("Y210", in: "a: é: b\n")
        #expect(found?.location == SourceLocation(line: 1, column: 5, offset: 5))
    }

    @Test func byteOrderMarkIsSkippedButCountedInOffsets() {
        let result = YAMLLite.parse([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.root?.location == SourceLocation(line: 1, column: 1, offset: 3))
        #expect(result.text == "a: b\n")
        let fromString = YAMLLite.parse("\u{FEFF}a: b\n")
        #expect(fromString.diagnostics.isEmpty)
        #expect(fromString.text == "a: b\n")
    }

    @Test func crlfLines() {
        guard case .mapping(let mapping)? = parseClean("a: b\r\nc: d\r\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries[1].key.location == SourceLocation(line: 2, column: 1, offset: 6))
    }

    @Test func scalarLocationsByStyle() {
        guard case .mapping(let mapping)? = parseClean("a: 'x'\nb: \"y\"\nc: |\n  z\nd: >\n  w\n") else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries.map(\.value.location.column) == [4, 4, 4, 4])
        #expect(mapping.entries.map(\.value.location.line) == [1, 2, 3, 5])
    }

    @Test func diagnosticLocationsOnLongLines() {
        let text = "a: " + String(repeating: "x", count: 100_000) + ": y\n"
        #expect(diagnostic("Y210", in: text)?.location == SourceLocation(line: 1, column: 100_004, offset: 100_003))
    }

    @Test func diagnosticsAreInSourceOrder() {
        let result = YAMLLite.parse("a: b \nc: &x d\ne: f\t\n")
        let locations = result.diagnostics.map(\.location)
        #expect(locations == locations.sorted())
        #expect(result.diagnostics.map(\.code) == ["Y109", "Y303", "Y202", "Y109"])
    }

    @Test func textRendersCaretsWhereTheDiagnosticsPoint() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: x\r\nlist: [a]\r\n".utf8)
        let result = YAMLLite.parse(bytes)
        let rendered = DiagnosticRenderer(path: "f.yaml", source: result.text).render(result.diagnostics[0])
        #expect(
            rendered == """
                f.yaml:2:7: error: flow sequences ("[...]") are not part of YAML-lite [Y301]
                 2 | list: [a]
                   |       ^
                   = hint: write the text in quotes, or use a block sequence with "- " items
                """)
    }
}

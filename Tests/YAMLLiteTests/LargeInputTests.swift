import CompetencyDiagnostics
import CompetencyTestSupport
import Testing

@testable import YAMLLite

/// Hostile and very large inputs: the parser must finish, without crashing, with the right
/// result. Nothing here measures time; the parser is linear by construction.
@Suite struct LargeInputTests {
    @Test func tenThousandCompactLevels() {
        let result = YAMLLite.parse(String(repeating: "- ", count: 10_000) + "x\n")
        #expect(result.diagnostics.map(\.code) == ["Y902"])
        #expect(result.document.root?.depth == YAMLLiteLimits.maximumDepth)
    }

    @Test func tenThousandIndentedLevels() {
        var text = ""
        text.reserveCapacity(50_100_000)
        for level in 0..<10_000 {
            text += String(repeating: " ", count: level) + "k:\n"
        }
        text += "after: the deep part\n"
        let result = YAMLLite.parse(text)
        #expect(result.diagnostics.map(\.code) == ["Y902"])
        #expect(result.diagnostics.first?.location.line == 101)
        guard case .mapping(let mapping)? = result.document.root else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries.map(\.key.value) == ["k", "after"])
        #expect(result.document.root?.depth == YAMLLiteLimits.maximumDepth)
    }

    @Test func tenThousandSequenceLevelsOnTheirOwnLines() {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_100_000)
        for level in 0..<10_000 {
            bytes += [UInt8](repeating: 0x20, count: level) + [0x2D, 0x0A]
        }
        bytes += Array("- sibling of the outermost item\n".utf8)
        let result = YAMLLite.parse(bytes)
        #expect(result.diagnostics.map(\.code) == ["Y902"])
        guard case .sequence(let sequence)? = result.document.root else {
            Issue.record("expected a sequence")
            return
        }
        #expect(sequence.items.count == 2)
        #expect(result.document.root?.depth == YAMLLiteLimits.maximumDepth)
    }

    @Test func propertyOnlyLinesDoNotRecurseWithoutBound() {
        let text = String(repeating: "&a\n", count: 50_000) + "x\n"
        let result = YAMLLite.parse(text)
        #expect(result.diagnostics.last?.code == "Y900")
        let tags = String(repeating: "- !t\n", count: 50_000)
        #expect(YAMLLite.parse(tags).diagnostics.last?.code == "Y900")
    }

    @Test func hundredThousandKeys() {
        let text = (0..<100_000).map { "key\($0): value \($0)\n" }.joined()
        let result = YAMLLite.parse(text)
        #expect(result.diagnostics.isEmpty)
        guard case .mapping(let mapping)? = result.document.root else {
            Issue.record("expected a mapping")
            return
        }
        #expect(mapping.entries.count == 100_000)
        #expect(mapping.entries.last?.key.value == "key99999")
        #expect(mapping.entries.last?.key.location.line == 100_000)
        #expect(
            mapping.entries.last?.value
                == .scalar(YAMLScalar(value: "value 99999", location: mapping.entries.last!.value.location)))
    }

    @Test func fiftyMegabyteScalar() {
        let words = 10_000_000
        var bytes = Array("text: ".utf8)
        bytes.reserveCapacity(6 + words * 5 + 1)
        for index in 0..<words {
            if index > 0 { bytes.append(0x20) }
            bytes.append(contentsOf: [0x77, 0x6F, 0x72, 0x64])
        }
        bytes.append(0x0A)
        let result = YAMLLite.parse(bytes)
        #expect(result.diagnostics.isEmpty)
        guard case .mapping(let mapping)? = result.document.root, case .scalar(let scalar)? = mapping["text"] else {
            Issue.record("expected text")
            return
        }
        #expect(scalar.value.utf8.count == words * 5 - 1)
    }

    @Test func fiftyMegabyteLineWithErrorAtTheEnd() {
        var bytes = Array("text: ".utf8)
        bytes += [UInt8](repeating: 0x61, count: 50_000_000)
        bytes += Array(": \t\n".utf8)
        let result = YAMLLite.parse(bytes)
        #expect(result.diagnostics.map(\.code) == ["Y210", "Y109"])
        #expect(result.diagnostics.first?.location.column == 50_000_007)
    }

    @Test func oneMillionShortLines() {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4_000_000)
        for _ in 0..<1_000_000 { bytes += [0x2D, 0x20, 0x78, 0x0A] }
        let result = YAMLLite.parse(bytes)
        #expect(result.diagnostics.isEmpty)
        guard case .sequence(let sequence)? = result.document.root else {
            Issue.record("expected a sequence")
            return
        }
        #expect(sequence.items.count == 1_000_000)
        #expect(sequence.items.last?.location == SourceLocation(line: 1_000_000, column: 3, offset: 3_999_998))
    }

    @Test func binaryInputIsCappedAndDoesNotCrash() {
        var generator = SeededGenerator(seed: 42)
        let bytes = (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = YAMLLite.parse(bytes)
        #expect(result.diagnostics.containsErrors)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count <= YAMLLiteLimits.maximumErrors + 1)
        #expect(result.diagnostics.last?.code == "Y900")
    }

    @Test func errorCapStopsWithOneFinalDiagnostic() {
        let text = (0..<500).map { "k\($0): &a x\n" }.joined()
        let diagnostics = YAMLLite.parse(text).diagnostics
        #expect(diagnostics.count == YAMLLiteLimits.maximumErrors + 1)
        #expect(diagnostics.last?.code == "Y900")
        #expect(diagnostics.dropLast().allSatisfy { $0.code == "Y303" })
    }

    @Test func warningCapPerRule() {
        let text = (0..<50).map { "k\($0): x \n" }.joined() + "bad: [x]\n"
        let diagnostics = YAMLLite.parse(text).diagnostics
        #expect(diagnostics.filter { $0.code == "Y109" }.count == YAMLLiteLimits.maximumWarningsPerRule)
        #expect(diagnostics.contains { $0.code == "Y301" })
        #expect(diagnostics.last?.code == "Y901")
        #expect(diagnostics.last?.message.hasPrefix("30 more") == true)
    }

    /// Random edits of a realistic file: every result must be well formed.
    @Test func mutatedInputsNeverBreakTheParser() throws {
        let seed = try fixtures.bytes("valid/framework-example.yaml")
        let alphabet = Array(" \t\n\r-:#'\"|>[]{}&*!%@`?,\\x\u{A0}é".utf8)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = alphabet.randomElement(using: &generator)!
                case 1: bytes.insert(alphabet.randomElement(using: &generator)!, at: position)
                default: bytes.remove(at: position)
                }
            }
            let result = YAMLLite.parse(bytes)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
                #expect(diagnostic.location.offset <= bytes.count)
            }
            if !result.diagnostics.containsErrors, let root = result.document.root {
                #expect(root.depth <= YAMLLiteLimits.maximumDepth)
            }
        }
    }
}

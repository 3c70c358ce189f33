import CompetencyCASE
import CompetencyCompiler
import CompetencyDiagnostics
import CompetencyFramework
import Foundation
import FrameworkExport
import FrameworkLoading
import Testing

/// Very large generated framework files through the loader: each must finish with the right
/// diagnostics. Nothing here measures time (another benchmark records it); an input that took
/// super-linear time would hang the test instead.
@Suite struct LargeInputTests {
    /// The head of a valid framework, up to and including `levels:`.
    static let head = """
        id: large
        title: Large
        levels:
          - id: emerging
            name: Emerging

        """

    /// One domain, subdomain and component, described at `emerging`.
    static let domains = """
        domains:
          - code: "1"
            title: Planning
            subdomains:
              - code: 1a
                title: Lesson design
                components:
                  - code: 1a.i
                    title: Sequence learning
                    descriptors:
                      emerging: sequence lessons with support.

        """

    static func load(_ bytes: [UInt8]) -> FrameworkFile {
        FrameworkFile.load(bytes: bytes, path: "large.framework.yaml")
    }

    @Test func tenThousandLevelsOfCompactNesting() {
        let text = Self.head + Self.domains + "notes:\n  " + String(repeating: "- ", count: 10_000) + "x\n"
        let file = Self.load(Array(text.utf8))
        #expect(file.framework == nil)
        #expect(file.diagnostics.map(\.code) == ["Y902"])
        // The root mapping is level 1 and `notes` level 2, so the 100th `-` is one too many.
        #expect(file.diagnostics.first?.location.line == 18)
        #expect(file.diagnostics.first?.location.column == 3 + 2 * 99)
    }

    @Test func tenThousandLevelsOfIndentedNesting() {
        var bytes = Array((Self.head + Self.domains + "description:\n").utf8)
        bytes.reserveCapacity(50_200_000)
        for level in 1...10_000 {
            bytes += [UInt8](repeating: 0x20, count: level) + Array("k:\n".utf8)
        }
        bytes += Array("stem: after the deep part\n".utf8)
        let file = Self.load(bytes)
        #expect(file.framework == nil)
        #expect(file.diagnostics.map(\.code) == ["Y902"])
        // `description` (line 17) is a key of level 1; the key indented by n is at level n + 1.
        #expect(file.diagnostics.first?.location.line == 17 + 100)
    }

    @Test func hundredThousandUnknownKeysAreCappedWithANote() {
        var text = Self.head + Self.domains
        for index in 0..<100_000 { text += "extra\(index): value\n" }
        let file = Self.load(Array(text.utf8))
        #expect(file.framework == nil)
        let codes = file.diagnostics.map(\.code)
        #expect(codes.filter { $0 == "F101" }.count == 200)
        #expect(codes.last == "F900")
        #expect(codes.count == 201)
        #expect(file.diagnostics.first?.location.line == 17)
    }

    /// 40,000 level ids as keys under one component's `descriptors:`: a framework that loads,
    /// in linear time only if looking a level up does not search the levels (it did: the
    /// loader, the generator and three exports took quadratic time in the number of levels).
    @Test func fortyThousandLevelsDescribedByOneComponent() throws {
        let count = 40_000
        var text = "id: many-levels\ntitle: Many levels\nlevels:\n"
        for index in 0..<count { text += "  - id: l\(index)\n    name: Level \(index)\n" }
        text += """
            domains:
              - code: "1"
                title: D
                subdomains:
                  - code: 1a
                    title: S
                    components:
                      - code: 1a.i
                        title: C
                        descriptors:

            """
        for index in 0..<count { text += "              l\(index): text \(index)\n" }
        text += "              unknown: a level that does not exist\n"
        let file = Self.load(Array(text.utf8))
        #expect(file.diagnostics.map(\.code) == ["F132"])
        let fixed = Self.load(
            Array(text.replacingOccurrences(of: "              unknown: a level that does not exist\n", with: "").utf8))
        let framework = try #require(fixed.framework)
        #expect(framework.levels.count == count)
        #expect(framework.components[0].descriptors.count == count)
        #expect(framework.components[0].descriptors.last?.descriptor.text == "text \(count - 1)")
        // Generation and the exports that looked levels up one by one.
        #expect(FrameworkCompilation(file: fixed).source?.contains("text \(count - 1)") == true)
        #expect(CSVExport.render(framework).contains("text \(count - 1)"))
        #expect(HTMLExport.render(framework).contains("text \(count - 1)"))
        #expect(CASEExport.render(framework).contains("text \(count - 1)"))
    }

    @Test func fiftyMegabyteScalar() throws {
        var bytes = Array((Self.head + Self.domains + "description: ").utf8)
        let words = 10_000_000
        bytes.reserveCapacity(bytes.count + words * 5 + 1)
        for index in 0..<words {
            if index > 0 { bytes.append(0x20) }
            bytes += [0x77, 0x6F, 0x72, 0x64]
        }
        bytes.append(0x0A)
        let file = Self.load(bytes)
        #expect(file.diagnostics.isEmpty)
        let framework = try #require(file.framework)
        #expect(framework.metadata.description?.utf8.count == words * 5 - 1)
    }

    @Test func fiftyMegabyteQuotedScalarWithAnErrorAtTheEnd() {
        var bytes = Array((Self.head + Self.domains + "description: \"").utf8)
        bytes += [UInt8](repeating: 0x61, count: 50_000_000)
        bytes += Array("\\q\"\n".utf8)
        let file = Self.load(bytes)
        #expect(file.diagnostics.map(\.code) == ["Y217"])
        #expect(file.diagnostics.first?.location.column == 15 + 50_000_000)
    }

    @Test func oneMillionShortLines() throws {
        var bytes = Array((Self.head + Self.domains + "notes:\n").utf8)
        bytes.reserveCapacity(bytes.count + 8_000_000)
        for _ in 0..<1_000_000 { bytes += Array("  - note\n".utf8) }
        let file = Self.load(bytes)
        #expect(file.diagnostics.isEmpty)
        let framework = try #require(file.framework)
        #expect(framework.metadata.notes.count == 1_000_000)
    }

    @Test func oneMillionLinesOfTabsStopAtTheErrorCap() {
        var bytes = Array((Self.head + Self.domains).utf8)
        for _ in 0..<1_000_000 { bytes += [0x09, 0x0A] }
        let file = Self.load(bytes)
        #expect(file.framework == nil)
        #expect(file.diagnostics.last?.code == "Y900")
        #expect(file.diagnostics.filter { $0.severity == .error }.count == 101)
    }
}

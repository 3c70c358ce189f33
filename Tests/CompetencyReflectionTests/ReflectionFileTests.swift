import CompetencyDiagnostics
import CompetencyFramework
import CompetencyReflection
import CompetencyTestSupport
import Testing

/// Reflection files read and checked against their framework: the invalid-file corpus (each
/// file gives the diagnostic `expectations.txt` names, at its line and column), the valid
/// files, and the documentation of the rule codes.
@Suite("Reflection files")
struct ReflectionFileTests {
    static let framework = ReflectionSamples.teaching

    static let expectations = DiagnosticExpectation.read(fixtures.url("reflection/invalid/expectations.txt"))

    static func load(_ name: String) -> ReflectionFile {
        ReflectionFile.load(path: fixtures.path("reflection/\(name)"), framework: framework)
    }

    // MARK: - Invalid files

    @Test func everyInvalidFixtureHasAnExpectation() {
        let files = fixtures.files(in: "reflection/invalid").map(\.lastPathComponent)
        #expect(!files.isEmpty)
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func invalidFixtureProducesItsDiagnostic(_ expectation: DiagnosticExpectation) {
        let file = Self.load("invalid/\(expectation.file)")
        let match = file.diagnostics.first(where: expectation.isMet)
        #expect(match != nil, "got: \(file.diagnostics.map(\.description))")
        #expect(match?.severity == .error)
        #expect(file.reflection == nil)
        #expect(file.hasErrors)
        // One problem per file: the corpus checks each rule on its own (a syntax error may
        // bring others with it).
        if expectation.code.hasPrefix("R") {
            #expect(file.diagnostics.filter { $0.severity == .error }.count == 1, "\(file.diagnostics)")
        }
    }

    @Test("messages name the problem, and hints suggest the fix")
    func messagesAndHints() throws {
        func only(_ name: String) throws -> Diagnostic {
            try #require(Self.load("invalid/\(name)").diagnostics.first { $0.severity == .error })
        }
        let unknownCode = try only("unknown-code.yaml")
        #expect(unknownCode.message == "\"1a.iv\" is not the code of a component of Teaching")
        #expect(unknownCode.hint == "did you mean \"1a.i\" or \"1a.ii\"?")
        let subdomain = try only("not-a-component.yaml")
        #expect(subdomain.message == "1a is a subdomain (Lesson design), not a component")
        #expect(subdomain.hint == "reflect on each of its components: 1a.i, 1a.ii, 1a.iii")
        let duplicate = try only("duplicate-entry.yaml")
        #expect(duplicate.message == "component 1a.i already has an entry, on line 3")
        let level = try only("unknown-level.yaml")
        #expect(level.message == "\"devloping\" in the entry for 1a.i is not a level of Teaching")
        #expect(level.hint == "did you mean \"developing\"?")
        let noSuggestion = try only("unknown-level-no-suggestion.yaml")
        #expect(noSuggestion.hint?.hasPrefix("the levels are beginning (Beginning), developing (Developing)") == true)
        #expect(try only("bad-focus.yaml").hint == "did you mean \"yes\"?")
        #expect(
            try only("bad-focus.yaml").message
                == "\"focus\" in the entry for 1a.i must be \"yes\" or \"no\", not \"true\"")
        let mismatch = try only("framework-mismatch.yaml")
        #expect(
            mismatch.message
                == "this reflection is on the framework \"leadership-toolkit\", but it is being checked against \"teaching\" (Teaching)"
        )
        #expect(try only("unknown-key.yaml").hint == "did you mean \"evidence\"?")
        #expect(try only("unknown-header-key.yaml").hint == "did you mean \"name\"?")
        #expect(try only("entry-not-a-mapping.yaml").hint?.hasPrefix("write \"- code: 1a.i\"") == true)
        #expect(
            try only("missing-framework.yaml").hint
                == "add \"framework: teaching\", the id of the framework reflected on")
    }

    @Test("a file that cannot be read is one R100 error")
    func unreadable() {
        let file = ReflectionFile.load(path: "/nonexistent/reflection.yaml", framework: Self.framework)
        #expect(file.diagnostics.map(\.code) == ["R100"])
        #expect(file.reflection == nil)
    }

    @Test("diagnostics render with the source line and a caret")
    func rendering() {
        let file = ReflectionFile.load(
            text: "framework: teaching\ncomponents:\n  - code: 1a.i\n    level: devloping\n", path: "r.yaml",
            framework: Self.framework)
        let rendered = file.diagnostics.map(file.render)
        #expect(
            rendered == [
                """
                r.yaml:4:12: error: "devloping" in the entry for 1a.i is not a level of Teaching [R130]
                 4 |     level: devloping
                   |            ^
                   = hint: did you mean "developing"?
                """
            ])
    }

    // MARK: - Valid files

    @Test("a complete file loads with no diagnostic at all")
    func complete() throws {
        let file = Self.load("valid/complete.yaml")
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        let reflection = try #require(file.reflection)
        #expect(reflection.framework == "teaching")
        #expect(reflection.name == "Sam Patel")
        #expect(reflection.role == "Head of Year 7")
        #expect(reflection.date == "2026-11-29")
        #expect(reflection.entries.map(\.code) == ["1a.i", "1a.ii", "1a.iii", "1b.i", "2a.i", "2a.ii"])
        #expect(
            reflection.entries.map(\.level) == [
                "secure", "beginning", "developing", "developing", "secure", "beginning",
            ])
        #expect(reflection.entries.map(\.focus) == [false, true, false, false, false, true])
        #expect(reflection.entries[0].evidence == "led the Year 7 curriculum review")
        #expect(reflection.entries[1].evidence == "Questioning is whole-class.\nTry mini whiteboards: \"show me\".\n")
        #expect(reflection.entries[2].evidence == nil)
    }

    @Test("levels are read by id or name in any case, and held as ids; codes as the framework writes them")
    func levelsByName() throws {
        let file = Self.load("valid/levels-by-name.yaml")
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        let reflection = try #require(file.reflection)
        #expect(reflection.entries.map(\.code.rawValue) == ["1a.i", "1a.ii", "1a.iii", "1b.i", "2a.i", "2a.ii"])
        #expect(
            reflection.entries.map(\.level) == [
                "secure", "developing", "beginning", "secure", "beginning", "developing",
            ])
        #expect(reflection.entries.allSatisfy { !$0.focus })
        #expect(reflection.name == nil && reflection.date == nil)
    }

    @Test("components not yet reflected on are one note, and the file still loads")
    func partial() throws {
        let file = Self.load("valid/partial.yaml")
        #expect(file.diagnostics.count == 1)
        let note = try #require(file.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.code == "R140")
        #expect(note.location.line == 7 && note.location.column == 1)
        #expect(note.message == "4 of 6 components are not yet reflected on: 1a.ii, 1a.iii, 1b.i, 2a.ii")
        let reflection = try #require(file.reflection)
        #expect(reflection.entries.count == 3)
        #expect(reflection.entries[1].level == nil)
        #expect(reflection.name == nil)

        let none = Self.load("valid/no-components.yaml")
        #expect(none.diagnostics.map(\.message) == ["6 of 6 components are not yet reflected on"])
        #expect(none.reflection?.entries == [])
    }

    @Test("a level is named by its id or its name, never by a prefix")
    func levelNames() {
        let framework = Self.framework
        #expect(ReflectionFile.level(named: "developing", in: framework)?.id == "developing")
        #expect(ReflectionFile.level(named: "SECURE", in: framework)?.id == "secure")
        #expect(ReflectionFile.level(named: "dev", in: framework) == nil)
        #expect(ReflectionFile.level(named: "", in: framework) == nil)
        #expect(ReflectionFile.isCalendarDate("2028-02-29"))
        #expect(!ReflectionFile.isCalendarDate("2027-02-29"))
    }

    // MARK: - Documentation

    @Test("docs/diagnostics.md lists every reflection rule with its severity and summary")
    func documented() throws {
        let page = try Repository.text("docs/diagnostics.md")
        for rule in ReflectionRule.allCases {
            let row = "| `\(rule.rawValue)` | \(rule.severity.rawValue) | \(rule.summary) |"
            #expect(page.contains(row), "missing: \(row)")
        }
        let codes = page.matches(of: /`(R\d{3})`/).map { String($0.output.1) }
        #expect(Set(codes) == Set(ReflectionRule.allCases.map(\.rawValue)))
    }
}

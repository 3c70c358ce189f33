import CompetencyFramework
import Testing

@Suite struct NavigationTests {
    let framework: Framework

    init() throws {
        framework = try SampleFramework.load()
    }

    @Test func findsEveryKindOfNodeByCode() {
        #expect(framework.node(code: "1")?.kind == .domain)
        #expect(framework.node(code: "1B")?.kind == .subdomain)
        #expect(framework.component(code: "1a-II")?.title == "Check understanding")
        #expect(framework.node(code: "9z") == nil)
    }

    @Test func iteratesInDocumentOrder() {
        #expect(framework.components.map(\.code.rawValue) == ["1a.i", "1a.ii", "1b.i", "2a.i"])
        #expect(framework.subdomains.map(\.code.rawValue) == ["1a", "1b", "2a"])
        #expect(framework.allPaths.count == 2 + 3 + 4)
    }

    @Test func navigatesParentsAndChildren() {
        #expect(framework.parent(of: "1a.ii")?.code == "1a")
        #expect(framework.parent(of: "1a")?.code == "1")
        #expect(framework.parent(of: "1") == nil)
        #expect(framework.children(of: "1").map(\.code) == ["1a", "1b"])
        #expect(framework.children(of: "1a").map(\.code) == ["1a.i", "1a.ii"])
        #expect(framework.children(of: "1a.i").isEmpty)
    }

    @Test func suggestsNearbyCodes() {
        #expect(framework.codes(resembling: "1a.iii").contains("1a.ii"))
        #expect(framework.codes(resembling: "zzzzzz").isEmpty)
    }

    @Test func findsLevelsByIdNameOrPrefix() {
        #expect(framework.level(named: "secure")?.id == "secure")
        #expect(framework.level(named: "Leading")?.id == "leading")
        #expect(framework.level(named: "dev")?.id == "developing")
        #expect(framework.level(named: "expert") == nil)
    }

    @Test func descriptorsAndGaps() throws {
        let component = try #require(framework.component(code: "1a.ii"))
        #expect(component.descriptor(at: "secure") == .text("check every pupil's understanding."))
        #expect(component.descriptor(at: "leading")?.isGap == true)
        #expect(component.gaps.map(\.level) == ["leading"])
    }
}

import CompetencyFramework
import Testing

@testable import FrameworkCodeGen

/// How the generated code is divided between files: in document order, every subdomain once,
/// and runs of roughly equal size.
@Suite struct ComponentPartitionTests {
    /// A framework whose subdomains hold `sizes` components, two subdomains per domain.
    static func framework(subdomainSizes sizes: [Int]) -> Framework {
        let text = Descriptor.text("does it")
        var domains: [Domain] = []
        for (s, size) in sizes.enumerated() {
            let components = (0..<size).map { c in
                Component(
                    code: Code("\(s).\(c)"), title: "Component \(s) \(c)",
                    descriptors: [LevelDescriptor(level: "one", text)])
            }
            let subdomain = Subdomain(code: Code("\(s)"), title: "Subdomain \(s)", components: components)
            if s % 2 == 0 {
                domains.append(Domain(code: Code("d\(s / 2)"), title: "Domain \(s / 2)", subdomains: [subdomain]))
            } else {
                domains[domains.count - 1].subdomains.append(subdomain)
            }
        }
        return Framework(
            metadata: FrameworkMetadata(id: "sizes", title: "Sizes"),
            levels: [ProficiencyLevel(id: "one", name: "One")],
            domains: domains)
    }

    static func paths(_ groups: [[ComponentPartition.Subdomain]]) -> [FrameworkPath] {
        groups.flatMap { $0.map(\.path) }
    }

    @Test(arguments: [1, 2, 3, 8, 20])
    func everySubdomainAppearsOnceInDocumentOrder(_ parts: Int) {
        let framework = Self.framework(subdomainSizes: [5, 1, 9, 3, 3, 7, 2, 4, 6, 8])
        let groups = ComponentPartition(framework: framework, parts: parts).groups
        #expect(groups.count == parts)
        let expected = framework.domains.indices.flatMap { d in
            framework.domains[d].subdomains.indices.map { FrameworkPath(domain: d, subdomain: $0) }
        }
        #expect(Self.paths(groups) == expected)
    }

    @Test func runsAreBalancedByComponents() {
        let framework = Self.framework(subdomainSizes: Array(repeating: 20, count: 40))
        let groups = ComponentPartition(framework: framework, parts: 4).groups
        #expect(groups.map { $0.reduce(0) { $0 + $1.components.count } } == [200, 200, 200, 200])
    }

    @Test func oneLargeSubdomainLeavesTheOtherRunsEmpty() {
        let framework = Self.framework(subdomainSizes: [1_000])
        let groups = ComponentPartition(framework: framework, parts: 3).groups
        #expect(groups.map(\.count) == [1, 0, 0])
    }

    @Test func noPartsMeansNoRuns() {
        #expect(ComponentPartition(framework: Self.framework(subdomainSizes: [3]), parts: 0).groups.isEmpty)
    }
}

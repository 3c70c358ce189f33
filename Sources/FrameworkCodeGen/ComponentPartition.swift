import CompetencyFramework

/// The subdomains of a framework divided into runs of roughly equal numbers of components,
/// in document order: what goes into each extra file when the generated code is split.
///
/// A run may be empty (a framework with fewer subdomains than parts, or one very large
/// subdomain): the file still exists, because a build declares its outputs in advance.
struct ComponentPartition {
    /// One subdomain and where it sits.
    struct Subdomain {
        var path: FrameworkPath
        var subdomain: CompetencyFramework.Subdomain
        var components: [Component] { subdomain.components }
    }

    /// `parts` runs of subdomains; none if `parts` is 0.
    let groups: [[Subdomain]]

    init(framework: Framework, parts: Int) {
        guard parts > 0 else {
            groups = []
            return
        }
        var groups = Array(repeating: [Subdomain](), count: parts)
        let total = framework.components.count
        var placed = 0
        var group = 0
        for (d, domain) in framework.domains.enumerated() {
            for (s, subdomain) in domain.subdomains.enumerated() {
                // Move on once this run holds its share: run g ends at (g + 1) / parts of the total.
                while group < parts - 1, !groups[group].isEmpty, placed * parts >= total * (group + 1) {
                    group += 1
                }
                groups[group].append(Subdomain(path: FrameworkPath(domain: d, subdomain: s), subdomain: subdomain))
                placed += subdomain.components.count
            }
        }
        self.groups = groups
    }
}

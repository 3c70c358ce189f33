import CompetencyDiagnostics
import CompetencyFramework

/// The Swift names of every part of a framework, chosen once so that the renderer only
/// looks them up.
///
/// Names come from an element's `symbol:` when it has one, otherwise from its title.
/// Within one scope (the levels; the domains; one domain's subdomains; one subdomain's
/// components) names are unique: a derived name that clashes is lengthened with more of
/// its title, then suffixed with the element's code. Two `symbol:`s that clash, or a
/// `symbol:` that would shadow a member the generated types need, cannot be resolved and
/// are reported at the `symbol:` line.
struct NamePlan {
    /// The framework's type name.
    var frameworkType = ""
    /// Each level's case name, by index.
    var levels: [String] = []
    /// Each domain's, subdomain's and component's base name, UpperCamelCase, by path.
    /// Types use it as is; enum cases use it with a lower-case first letter.
    var nodes: [FrameworkPath: String] = [:]
    var diagnostics: [Diagnostic] = []

    init(framework: Framework, nameLocations: [FrameworkElement: SourceLocation]) {
        func location(_ element: FrameworkElement) -> SourceLocation { nameLocations[element] ?? .start }

        frameworkType = explicitOrDerived(
            framework.metadata.symbol, title: framework.metadata.title, fallback: framework.metadata.id,
            element: .framework, location: location(.framework),
            reserved: SwiftIdentifier.reservedMemberNames.union(SwiftIdentifier.capitalizedKeywords)
                .union(SwiftIdentifier.commonModuleNames))

        var levelScope = Scope(explicit: framework.levels.map(\.symbol))
        levels = framework.levels.enumerated().map { index, level in
            let element = FrameworkElement.level(index)
            return lowerFirst(
                levelScope.assign(
                    symbol: level.symbol, title: level.name, fallback: "Level \(index + 1)",
                    location: location(element), plan: &self))
        }

        var domainScope = Scope(taken: [frameworkType], explicit: framework.domains.map(\.symbol))
        for (d, domain) in framework.domains.enumerated() {
            let domainPath = FrameworkPath(domain: d)
            nodes[domainPath] = domainScope.assign(
                symbol: domain.symbol, title: domain.title, fallback: "Domain \(domain.code)",
                location: location(.node(domainPath)), plan: &self)
            // A subdomain's type sits inside its domain's, inside the framework's: named like
            // either, it would hide it from the code around it (`typealias Definition = X`).
            var subdomainScope = Scope(
                taken: [nodes[domainPath] ?? "", frameworkType], explicit: domain.subdomains.map(\.symbol))
            for (s, subdomain) in domain.subdomains.enumerated() {
                let subdomainPath = FrameworkPath(domain: d, subdomain: s)
                nodes[subdomainPath] = subdomainScope.assign(
                    symbol: subdomain.symbol, title: subdomain.title, fallback: "Subdomain \(subdomain.code)",
                    location: location(.node(subdomainPath)), plan: &self)
                var componentScope = Scope(explicit: subdomain.components.map(\.symbol))
                for (c, component) in subdomain.components.enumerated() {
                    let path = FrameworkPath(domain: d, subdomain: s, component: c)
                    nodes[path] = componentScope.assign(
                        symbol: component.symbol, title: component.title,
                        fallback: "Component \(component.code)", location: location(.node(path)), plan: &self)
                }
            }
        }
    }

    /// The name of the node at `path` as a type.
    func typeName(_ path: FrameworkPath) -> String { nodes[path] ?? "_Unnamed" }

    /// The name of the node at `path` as an enum case.
    func caseName(_ path: FrameworkPath) -> String { lowerFirst(typeName(path)) }

    private mutating func explicitOrDerived(
        _ symbol: String?, title: String, fallback: String, element: FrameworkElement, location: SourceLocation,
        reserved: Set<String>
    ) -> String {
        if let symbol, SwiftIdentifier.isValid(symbol), !reserved.contains(upperFirst(symbol)) {
            return upperFirst(symbol)
        }
        let derived = SwiftIdentifier.camelCase(SwiftIdentifier.words(title), upper: true)
        if SwiftIdentifier.isValid(derived), !reserved.contains(derived) { return derived }
        let fromFallback = SwiftIdentifier.camelCase(SwiftIdentifier.words(fallback), upper: true)
        return SwiftIdentifier.isValid(fromFallback) && !reserved.contains(fromFallback)
            ? fromFallback : "GeneratedFramework"
    }

    /// Unique names within one scope, compared without regard to case (a type and its
    /// lower-case enum case must both be unique). Explicit symbols are reserved before any
    /// name is derived, so a derived name never takes a symbol the author chose.
    struct Scope {
        private var taken: Set<String> = []
        private var explicitCounts: [String: Int] = [:]
        /// The next number to try after each fallback name, so that many copies of one title
        /// are numbered in linear time.
        private var nextNumber: [String: Int] = [:]

        init(taken: [String] = [], explicit: [String?] = []) {
            self.taken = Set(taken.map { $0.lowercased() })
            for symbol in explicit.compactMap({ $0 }) {
                explicitCounts[upperFirst(symbol).lowercased(), default: 0] += 1
            }
        }

        mutating func assign(
            symbol: String?, title: String, fallback: String, location: SourceLocation, plan: inout NamePlan
        ) -> String {
            if let symbol {
                let name = upperFirst(symbol)
                if isReserved(name) {
                    plan.diagnostics.append(
                        .error(
                            "G101", "symbol \"\(symbol)\" is a name the generated code uses for its own members",
                            at: location, hint: "choose another symbol"))
                } else if taken.contains(name.lowercased()) {
                    plan.diagnostics.append(
                        .error(
                            "G102",
                            "symbol \"\(symbol)\" is also used by another element in the same list, or by a type that contains it",
                            at: location, hint: "give each element in the same list its own symbol"))
                }
                taken.insert(name.lowercased())
                return name
            }
            var candidates = SwiftIdentifier.candidates(from: title).map {
                startWithLetter(SwiftIdentifier.camelCase($0, upper: true), kind: fallback)
            }
            let fallbackName = SwiftIdentifier.camelCase(SwiftIdentifier.words(fallback), upper: true)
            candidates = candidates.filter { !$0.isEmpty && SwiftIdentifier.isValid($0) && !isReserved($0) }
            if let first = candidates.first {
                candidates.append(first + "_" + fallbackName)
            }
            candidates.append(fallbackName)
            // Only this loop makes names ending in "_<number>" after a fallback name, so it can
            // carry on numbering where it stopped last time.
            let numbering = fallbackName.lowercased()
            var attempt = nextNumber[numbering] ?? 2
            while true {
                for candidate in candidates
                where !taken.contains(candidate.lowercased()) && explicitCounts[candidate.lowercased()] == nil {
                    taken.insert(candidate.lowercased())
                    if candidates.count == 1, candidate.hasPrefix(fallbackName + "_") {
                        nextNumber[numbering] = attempt
                    }
                    return candidate
                }
                // Titles and codes repeat exactly: number the copies.
                candidates = [fallbackName + "_\(attempt)"]
                attempt += 1
            }
        }

        private func isReserved(_ name: String) -> Bool {
            SwiftIdentifier.reservedMemberNames.contains(name)
                || SwiftIdentifier.reservedMemberNames.contains(lowerFirst(name))
                || SwiftIdentifier.capitalizedKeywords.contains(name)
        }

        /// A name that would start with a digit gets the element's kind in front.
        private func startWithLetter(_ name: String, kind: String) -> String {
            guard let first = name.unicodeScalars.first, ("0"..."9").contains(first) else { return name }
            let kindWord = SwiftIdentifier.words(kind).first ?? "Item"
            return kindWord + name
        }
    }
}

func lowerFirst(_ name: String) -> String {
    guard let first = name.first else { return name }
    // An all-capitals prefix such as "SENDSupport" becomes "sendSupport".
    let capitals = name.prefix { $0.isUppercase }
    if capitals.count > 1, capitals.count < name.count {
        return capitals.dropLast().lowercased() + name.dropFirst(capitals.count - 1)
    }
    if capitals.count == name.count { return name.lowercased() }
    return first.lowercased() + name.dropFirst()
}

func upperFirst(_ name: String) -> String {
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
}

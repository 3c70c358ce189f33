import CompetencyFramework
import CompetencyReflection

/// Small frameworks built in code for the reflection tests: three levels with a gap, and a
/// framework with a single level.
enum ReflectionSamples {
    /// Levels beginning < developing < secure. 1a.ii has a gap at `developing`.
    static let threeLevels = Framework(
        metadata: FrameworkMetadata(id: "teaching", title: "Teaching", stem: "A teacher will"),
        levels: [
            ProficiencyLevel(id: "beginning", name: "Beginning"),
            ProficiencyLevel(id: "developing", name: "Developing"),
            ProficiencyLevel(id: "secure", name: "Secure"),
        ],
        domains: [
            Domain(
                code: "1", title: "Planning",
                subdomains: [
                    Subdomain(
                        code: "1a", title: "Lesson design",
                        components: [
                            component("1a.i", "Sequence learning"),
                            component("1a.ii", "Check understanding", gapAt: 1),
                            component("1a.iii", "Adapt teaching"),
                        ]),
                    Subdomain(code: "1b", title: "Assessment", components: [component("1b.i", "Use assessment")]),
                ]),
            Domain(
                code: "2", title: "People",
                subdomains: [
                    Subdomain(
                        code: "2a", title: "Coaching",
                        components: [component("2a.i", "Coach colleagues"), component("2a.ii", "Give feedback")])
                ]),
        ])

    /// One level, `met`.
    static let oneLevel = Framework(
        metadata: FrameworkMetadata(id: "checklist", title: "Checklist"),
        levels: [ProficiencyLevel(id: "met", name: "Met")],
        domains: [
            Domain(
                code: "1", title: "Safety",
                subdomains: [
                    Subdomain(
                        code: "1a", title: "Fire",
                        components: [
                            Component(
                                code: "1a.i", title: "Know the exits",
                                descriptors: [LevelDescriptor(level: "met", .text("know the exits."))]),
                            Component(
                                code: "1a.ii", title: "Run a drill",
                                descriptors: [LevelDescriptor(level: "met", .text("run a drill."))]),
                        ])
                ])
        ])

    /// Descriptors "<code> at <level>." at every level, or a gap at level `gapAt`.
    static func component(_ code: Code, _ title: String, gapAt gap: Int? = nil) -> Component {
        let levels = ["beginning", "developing", "secure"]
        return Component(
            code: code, title: title,
            descriptors: levels.enumerated().map { index, level in
                LevelDescriptor(
                    level: level, index == gap ? .gap(reason: "no text in the source") : .text("\(code) at \(level)."))
            })
    }

    /// A reflection on ``threeLevels`` placing `levels` (code → level id), focused on `focus`.
    static func reflection(_ levels: [Code: String], focus: Set<Code> = []) -> Reflection {
        var reflection = Reflection(framework: "teaching", date: "2026-11-29")
        for code in threeLevels.components.map(\.code) where levels[code] != nil || focus.contains(code) {
            reflection.entries.append(Reflection.Entry(code: code, level: levels[code], focus: focus.contains(code)))
        }
        return reflection
    }
}

/// A hand-written stand-in for generated code over ``ReflectionSamples/threeLevels``, as the
/// generator would write it (one subdomain enum would be nested per subdomain; one flat
/// enum is enough for the protocol).
enum Teaching: TypedFramework {
    static let framework = ReflectionSamples.threeLevels

    enum Level: Int, TypedLevel {
        typealias Definition = Teaching
        case beginning, developing, secure
        var index: Int { rawValue }
    }

    enum Domain: Int, TypedNode {
        typealias Definition = Teaching
        case planning, people
        var path: FrameworkPath { FrameworkPath(domain: rawValue) }
    }

    enum Component: TypedComponent {
        typealias Definition = Teaching
        case sequenceLearning, checkUnderstanding, adaptTeaching, useAssessment, coachColleagues, giveFeedback
        var path: FrameworkPath {
            switch self {
            case .sequenceLearning: FrameworkPath(domain: 0, subdomain: 0, component: 0)
            case .checkUnderstanding: FrameworkPath(domain: 0, subdomain: 0, component: 1)
            case .adaptTeaching: FrameworkPath(domain: 0, subdomain: 0, component: 2)
            case .useAssessment: FrameworkPath(domain: 0, subdomain: 1, component: 0)
            case .coachColleagues: FrameworkPath(domain: 1, subdomain: 0, component: 0)
            case .giveFeedback: FrameworkPath(domain: 1, subdomain: 0, component: 1)
            }
        }
    }
}

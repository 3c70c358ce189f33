import CompetencyDiagnostics
import CompetencyFramework
import CompetencyReflection
import CompetencyTestSupport
import FrameworkLoading
import Testing

/// The frameworks and reflections the reflection tests share.
enum ReflectionSamples {
    /// `reflection/teaching.framework.yaml`, which every reflection fixture is checked
    /// against: levels beginning < developing < secure, two domains, six components, and a
    /// declared gap (1a.ii at developing).
    static let teaching: Framework = {
        let file = FrameworkFile.load(path: fixtures.path("reflection/teaching.framework.yaml"))
        guard let framework = file.framework, file.diagnostics.isEmpty else {
            preconditionFailure("teaching.framework.yaml: \(file.diagnostics)")
        }
        return framework
    }()

    /// A checklist with one level, `met`.
    static func oneLevel() throws -> Framework {
        try FrameworkYAML.load(
            """
            id: checklist
            title: Checklist
            levels:
              - id: met
                name: Met
            domains:
              - code: "1"
                title: Safety
                subdomains:
                  - code: 1a
                    title: Fire
                    components:
                      - title: Know the exits
                        descriptors:
                          met: know the exits.
                      - title: Run a drill
                        descriptors:
                          met: run a drill.
            """, path: "checklist.framework.yaml")
    }

    /// A reflection on ``teaching`` placing `levels` (code → level id), focused on `focus`.
    static func reflection(_ levels: [Code: String], focus: Set<Code> = []) -> Reflection {
        var reflection = Reflection(framework: "teaching", date: "2026-11-29")
        for code in teaching.components.map(\.code) where levels[code] != nil || focus.contains(code) {
            reflection.entries.append(Reflection.Entry(code: code, level: levels[code], focus: focus.contains(code)))
        }
        return reflection
    }

    /// The reflection a reflection file's `text` holds, checked against `framework`; errors
    /// fail the test, and so do warnings unless `allowingWarnings` (notes, such as
    /// components not yet reflected on, never do).
    static func reflection(
        _ text: String, on framework: Framework, allowingWarnings: Bool = false,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Reflection {
        let file = ReflectionFile.load(text: text, path: "reflection.yaml", framework: framework)
        let problems = file.diagnostics.filter {
            $0.severity == .error || (!allowingWarnings && $0.severity == .warning)
        }
        #expect(problems.isEmpty, "\(problems.map(file.render))", sourceLocation: sourceLocation)
        return try #require(file.reflection, sourceLocation: sourceLocation)
    }
}

/// A hand-written stand-in for generated code over ``ReflectionSamples/teaching``, as the
/// generator would write it (one subdomain enum would be nested per subdomain; one flat
/// enum is enough for the protocol).
enum Teaching: TypedFramework {
    static let framework = ReflectionSamples.teaching

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

// Uses the Swift that CompetencyFrameworkPlugin generates from TeacherStandards.framework.yaml.
// Every name below (TeachersStandards, .meeting, Teaching.HighExpectations, ...) is checked by the
// compiler: misspell a code or a level and the build fails. The output is deterministic, and
// scripts/integration-test.sh compares it with expected-output.txt.

import TeacherStandards

// MARK: Generic code: works with any generated framework.

/// Each level's descriptor for one component, lowest level first.
func growthPath<F: TypedFramework>(of component: F.Component, in _: F.Type) -> [String] {
    F.Level.allCases.map { level in
        switch component.descriptor(at: level) {
        case .text(let text): "\(level.name): \(text)"
        case .gap(let reason): "\(level.name): (gap: \(reason))"
        }
    }
}

/// For each level, how many components have a descriptor there and how many declare a gap.
func coverage<F: TypedFramework>(of _: F.Type) -> [String] {
    let components = F.Component.allCases
    return F.Level.allCases.map { level in
        let gaps = components.filter { $0.descriptor(at: level).isGap }.count
        return "\(level.name): \(components.count - gaps) descriptors, \(gaps) gaps"
    }
}

/// A one-line summary of any generated framework.
func summary(of framework: (some TypedFramework).Type) -> String {
    let model = framework.framework
    return "\(model.metadata.title): \(model.levels.count) levels, \(model.domains.count) domains, "
        + "\(model.subdomains.count) subdomains, \(model.components.count) components"
}

// MARK: The framework as a whole.

let model = TeachersStandards.framework
print(model.metadata.title)
print(model.metadata.licence ?? "")
print(summary(of: TeachersStandards.self))
print(
    "Levels (\(TeachersStandards.Level.allCases.count)): "
        + TeachersStandards.Level.allCases.map(\.name).joined(separator: ", "))
print("Domains: \(TeachersStandards.Domain.allCases.count)")
print("Components: \(TeachersStandards.Component.allCases.count)")

// MARK: One component at a typed level, through its enum case.

let environment = TeachersStandards.Teaching.HighExpectations.safeAndStimulatingEnvironment
print()
print("\(environment.code) \(environment.title), at \(TeachersStandards.Level.meeting.name):")
print("  \(environment.statement(at: .meeting))")

// A declared gap is a value too: `descriptor(at:)` returns `.gap(reason:)`, never "".
let values = TeachersStandards.Conduct.PublicTrust.fundamentalBritishValues
switch values.descriptor(at: .leading) {
case .text(let text):
    print("\(values.code) at \(TeachersStandards.Level.leading.name): \(text)")
case .gap(let reason):
    print("\(values.code) \(values.title), at \(TeachersStandards.Level.leading.name): a declared gap")
    print("  reason: \(reason)")
}

// MARK: Growth paths, through the generic function.

print()
print("Growth path of TS1.a:")
for line in growthPath(
    of: .teaching(.highExpectations(.safeAndStimulatingEnvironment)), in: TeachersStandards.self)
{
    print("  \(line)")
}

// A component found by the code a person typed, ignoring case and "-"/".".
if let feedback = TeachersStandards.Component(code: "ts6-d") {
    print()
    print("Growth path of \(feedback.code) \(feedback.title) (looked up as \"ts6-d\"):")
    for line in growthPath(of: feedback, in: TeachersStandards.self) { print("  \(line)") }
}

print()
print("Coverage by level:")
for line in coverage(of: TeachersStandards.self) { print("  \(line)") }

// MARK: The domains, with an exhaustive switch.

print()
for domain in TeachersStandards.Domain.allCases {
    let subdomains: Int
    let components: Int
    switch domain {
    case .teaching:
        subdomains = TeachersStandards.Teaching.Subdomain.allCases.count
        components = TeachersStandards.Teaching.Component.allCases.count
    case .conduct:
        subdomains = TeachersStandards.Conduct.Subdomain.allCases.count
        components = TeachersStandards.Conduct.Component.allCases.count
    }
    print("\(domain.code) \(domain.title): \(subdomains) subdomains, \(components) components")
}

// MARK: Every component, in document order.

/// Which part of the standards a component belongs to, and how many levels have text.
func describe(_ component: TeachersStandards.Component) -> String {
    let part: String
    switch component {
    case .teaching(let teaching):
        // One case per standard: a new standard in the file would make this switch fail to
        // compile until it is handled.
        switch teaching {
        case .highExpectations, .pupilProgress, .subjectKnowledge, .lessonPlanning:
            part = "Part One (standards 1-4)"
        case .adaptiveTeaching, .assessment, .behaviourManagement, .widerResponsibilities:
            part = "Part One (standards 5-8)"
        }
    case .conduct:
        part = "Part Two"
    }
    let written = TeachersStandards.Level.allCases.filter { !component.descriptor(at: $0).isGap }.count
    let levels = TeachersStandards.Level.allCases.count
    return "\(component.code) \(component.title) [\(part); text at \(written) of \(levels) levels]"
}

print()
print("All components:")
for component in TeachersStandards.Component.allCases {
    print("  \(describe(component))")
}

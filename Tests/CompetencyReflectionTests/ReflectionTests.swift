import CompetencyFramework
import CompetencyReflection
import Foundation
import Testing

@Suite("Reflection: profile, goals, comparison")
struct ReflectionTests {
    let framework = ReflectionSamples.teaching

    // MARK: - The model

    @Test("entries are found by code tolerantly, and set in place or appended")
    func entries() {
        var reflection = Reflection(blankFor: framework, name: "Sam", date: "2026-11-29")
        #expect(reflection.entries.map(\.code) == framework.components.map(\.code))
        #expect(reflection.entries.allSatisfy { $0.level == nil && !$0.focus && $0.evidence == nil })
        reflection.setLevel("secure", for: "1A-II")
        reflection.setFocus(true, for: "1a.ii")
        #expect(reflection.entry(for: "1a.ii") == Reflection.Entry(code: "1a.ii", level: "secure", focus: true))
        #expect(reflection.entries.count == 6)
        var empty = Reflection(framework: "teaching")
        empty.setLevel("beginning", for: "2a.i")
        #expect(empty.entries == [Reflection.Entry(code: "2a.i", level: "beginning")])
        let component = framework.components[1]
        #expect(reflection.level(of: component, in: framework)?.name == "Secure")
        #expect(empty.level(of: component, in: framework) == nil)
    }

    @Test("generated frameworks read and set typed levels")
    func typedAPI() {
        var reflection = Reflection(blankFor: Teaching.self, date: "2026-11-29")
        #expect(reflection.framework == "teaching")
        #expect(reflection.level(of: Teaching.Component.giveFeedback) == nil)
        reflection.setLevel(.developing, for: Teaching.Component.giveFeedback)
        reflection.setFocus(true, for: Teaching.Component.giveFeedback)
        #expect(reflection.level(of: Teaching.Component.giveFeedback) == .developing)
        #expect(reflection.isFocus(Teaching.Component.giveFeedback))
        #expect(!reflection.isFocus(Teaching.Component.coachColleagues))
        #expect(reflection.entry(for: "2a.ii")?.level == "developing")
        reflection.setLevel(nil, for: Teaching.Component.giveFeedback)
        #expect(reflection.level(of: Teaching.Component.giveFeedback) == nil)
        // A level id the framework does not have reads as no level.
        reflection.setLevel("expert", for: "1a.i")
        #expect(reflection.level(of: Teaching.Component.sequenceLearning) == nil)
    }

    // MARK: - Profile

    @Test("the profile counts components at each level per domain, subdomain and overall")
    func profile() {
        var reflection = ReflectionSamples.reflection([
            "1a.i": "beginning", "1a.ii": "secure", "1a.iii": "secure", "2a.i": "developing",
        ])
        // Unknown codes are ignored; unknown levels count as not yet reflected on.
        reflection.entries.append(Reflection.Entry(code: "9z.i", level: "secure"))
        reflection.entries.append(Reflection.Entry(code: "2a.ii", level: "expert"))
        let profile = ReflectionProfile(reflection, in: framework)
        #expect(profile.levels.map(\.id) == ["beginning", "developing", "secure"])
        #expect(profile.overall.counts == [1, 1, 2])
        #expect(profile.overall.notYetReflectedOn == 2)
        #expect(profile.overall.total == 6)
        #expect(profile.overall.reflectedOn == 4)
        #expect(profile.overall.code == nil)
        #expect(profile.domains.map(\.code) == ["1", "2"])
        #expect(profile.domains[0].counts == [1, 0, 2])
        #expect(profile.domains[0].notYetReflectedOn == 1)
        #expect(profile.domains[0].subdomains.map(\.code) == ["1a", "1b"])
        #expect(profile.domains[0].subdomains[0].counts == [1, 0, 2])
        #expect(profile.domains[0].subdomains[1].counts == [0, 0, 0])
        #expect(profile.domains[0].subdomains[1].notYetReflectedOn == 1)
        #expect(profile.domains[1].counts == [0, 1, 0])
        #expect(profile.domains[1].total == 2)
    }

    // MARK: - Goals

    @Test("focused components are the goals, in document order, with current and next descriptors")
    func focusGoals() {
        let reflection = ReflectionSamples.reflection(
            ["2a.i": "beginning", "1a.i": "developing", "1a.iii": "beginning"], focus: ["2a.i", "1a.i"])
        let plan = GrowthPlan(reflection, in: framework)
        #expect(plan.basis == .focus)
        #expect(plan.goals.map(\.component.code) == ["1a.i", "2a.i"])
        let first = plan.goals[0]
        #expect(first.current?.level == ReflectionLevel(id: "developing", name: "Developing"))
        #expect(first.current?.descriptor == .text("sequence lessons well."))
        #expect(first.next?.level.id == "secure")
        #expect(first.next?.descriptor == .text("lead sequencing across the school."))
        #expect(plan.goals[1].next?.level.id == "developing")
        #expect(plan.moreEquallyFarBelow == 0)
    }

    @Test("a focused component not yet reflected on reaches for the lowest level")
    func focusWithoutLevel() {
        let plan = GrowthPlan(ReflectionSamples.reflection([:], focus: ["1b.i"]), in: framework)
        #expect(plan.basis == .focus)
        #expect(plan.goals.count == 1)
        #expect(plan.goals[0].current == nil)
        #expect(plan.goals[0].next?.level.id == "beginning")
    }

    @Test("a focused component at the top level has no next level")
    func focusAtTop() {
        let plan = GrowthPlan(ReflectionSamples.reflection(["2a.ii": "secure"], focus: ["2a.ii"]), in: framework)
        #expect(plan.basis == .focus)
        #expect(plan.goals[0].current?.level.id == "secure")
        #expect(plan.goals[0].next == nil)
    }

    @Test("a next level that is a declared gap is given as the gap")
    func nextLevelIsAGap() {
        let plan = GrowthPlan(ReflectionSamples.reflection(["1a.ii": "beginning"], focus: ["1a.ii"]), in: framework)
        #expect(plan.goals[0].next?.level.id == "developing")
        #expect(plan.goals[0].next?.descriptor == .gap(reason: "the source document has no text for this level"))
        // The same without focus: it is furthest below the top.
        let suggested = GrowthPlan(ReflectionSamples.reflection(["1a.ii": "beginning"]), in: framework)
        #expect(suggested.basis == .furthestBelowTop)
        #expect(suggested.goals[0].next?.descriptor.isGap == true)
    }

    @Test("without focus, the goals are the components furthest below the top, ties in document order")
    func furthestBelow() {
        let levels: [Code: String] = [
            "1a.i": "developing", "1a.ii": "beginning", "1a.iii": "secure", "1b.i": "beginning", "2a.i": "beginning",
            "2a.ii": "developing",
        ]
        let plan = GrowthPlan(ReflectionSamples.reflection(levels), in: framework)
        #expect(plan.basis == .furthestBelowTop)
        #expect(plan.goals.map(\.component.code) == ["1a.ii", "1b.i", "2a.i"])
        #expect(plan.goals.allSatisfy { $0.current?.level.id == "beginning" && $0.next?.level.id == "developing" })
        #expect(plan.moreEquallyFarBelow == 0)

        let capped = GrowthPlan(ReflectionSamples.reflection(levels), in: framework, suggestionLimit: 2)
        #expect(capped.goals.map(\.component.code) == ["1a.ii", "1b.i"])
        #expect(capped.moreEquallyFarBelow == 1)

        let uncapped = GrowthPlan(ReflectionSamples.reflection(levels), in: framework, suggestionLimit: nil)
        #expect(uncapped.goals.count == 3)

        // With no one at the lowest level, the next-furthest are chosen.
        let closer = GrowthPlan(
            ReflectionSamples.reflection(["1a.i": "developing", "2a.ii": "developing", "1a.iii": "secure"]),
            in: framework)
        #expect(closer.goals.map(\.component.code) == ["1a.i", "2a.ii"])
    }

    @Test("components at the top level never become goals; with nothing below it there are none")
    func topLevelHasNoGoal() {
        let reflection = ReflectionSamples.reflection(["1a.i": "secure", "2a.i": "secure"])
        let report = ReflectionReport(reflection, in: framework)
        #expect(report.plan.basis == .none)
        #expect(report.plan.goals.isEmpty)
        #expect(report.strengths.map(\.code) == ["1a.i", "2a.i"])
        #expect(report.noGoalsReason == "Every component reflected on is at the top level, Secure.")
    }

    @Test("a framework with one level has no next level, and says so")
    func oneLevel() throws {
        let framework = try ReflectionSamples.oneLevel()
        var reflection = Reflection(framework: "checklist")
        reflection.setLevel("met", for: "1a.i")
        let report = ReflectionReport(reflection, in: framework)
        #expect(report.plan.basis == .none)
        #expect(report.strengths.map(\.code) == ["1a.i"])
        #expect(report.notYetReflectedOn.map(\.code) == ["1a.ii"])
        #expect(report.profile.overall.counts == [1])
        #expect(report.noGoalsReason == "The framework has one level, so there is no next level to grow into.")

        reflection.setFocus(true, for: "1a.i")
        reflection.setFocus(true, for: "1a.ii")
        let focused = GrowthPlan(reflection, in: framework)
        #expect(focused.basis == .focus)
        #expect(focused.goals[0].next == nil)
        #expect(focused.goals[1].current == nil)
        #expect(focused.goals[1].next?.level.id == "met")
    }

    @Test("an empty reflection has an all-empty profile and no goals")
    func emptyReflection() {
        let report = ReflectionReport(Reflection(framework: "teaching"), in: framework)
        #expect(report.profile.overall.counts == [0, 0, 0])
        #expect(report.profile.overall.notYetReflectedOn == 6)
        #expect(report.plan == GrowthPlan(basis: .none, goals: []))
        #expect(report.strengths.isEmpty)
        #expect(report.notYetReflectedOn.count == 6)
        #expect(report.noGoalsReason?.hasPrefix("Nothing is placed at a level yet") == true)
        let blank = ReflectionReport(Reflection(blankFor: framework), in: framework)
        #expect(blank.profile == report.profile)
    }

    @Test("a framework without levels or components gives an empty report, not a crash")
    func degenerateFrameworks() {
        let noLevels = Framework(
            metadata: FrameworkMetadata(id: "x", title: "X"), levels: [],
            domains: [
                Domain(
                    code: "1", title: "D",
                    subdomains: [
                        Subdomain(
                            code: "1a", title: "S", components: [Component(code: "1a.i", title: "C", descriptors: [])])
                    ])
            ])
        var reflection = Reflection(framework: "x")
        reflection.setLevel("anything", for: "1a.i")
        reflection.setFocus(true, for: "1a.i")
        let report = ReflectionReport(reflection, in: noLevels)
        #expect(report.plan.goals.count == 1)
        #expect(report.plan.goals[0].current == nil)
        #expect(report.plan.goals[0].next == nil)
        #expect(report.profile.overall.notYetReflectedOn == 1)
        let empty = Framework(metadata: FrameworkMetadata(id: "y", title: "Y"), levels: [], domains: [])
        #expect(ReflectionReport(Reflection(framework: "y"), in: empty).components.isEmpty)
    }

    // MARK: - Report

    @Test("the report gathers strengths, goals, what is not yet reflected on, and encodes as JSON")
    func report() throws {
        var reflection = ReflectionSamples.reflection(
            ["1a.i": "secure", "1a.ii": "beginning", "2a.i": "developing"], focus: ["2a.i"])
        reflection.name = "Sam"
        reflection.entries[0].evidence = "led the planning review"
        let report = ReflectionReport(reflection, in: framework)
        #expect(report.frameworkID == "teaching")
        #expect(report.stem == "A teacher will")
        #expect(report.name == "Sam")
        #expect(report.strengths.map(\.code) == ["1a.i"])
        #expect(report.strengths[0].evidence == "led the planning review")
        #expect(report.plan.goals.map(\.component.code) == ["2a.i"])
        #expect(report.notYetReflectedOn.map(\.code) == ["1a.iii", "1b.i", "2a.ii"])
        #expect(report.components.map(\.subdomain) == ["1a", "1a", "1a", "1b", "2a", "2a"])
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(ReflectionReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"basis\":\"focus\""))
        #expect(text.contains("\"text\":\"build a coaching culture.\""))
    }

    // MARK: - Comparison

    @Test("a comparison sorts components into up, down, new, no longer and unchanged")
    func comparison() throws {
        let old = ReflectionSamples.reflection(
            ["1a.i": "beginning", "1a.ii": "developing", "1a.iii": "secure", "2a.i": "developing"], focus: ["1a.i"])
        var new = ReflectionSamples.reflection([
            "1a.i": "secure", "1a.ii": "beginning", "1a.iii": "secure", "1b.i": "developing",
        ])
        new.date = "2027-06-01"
        let comparison = ReflectionComparison(from: old, to: new, in: framework)
        #expect(comparison.movedUp.map(\.code) == ["1a.i"])
        #expect(comparison.movedUp[0].steps == 2)
        #expect(comparison.movedUp[0].wasFocus)
        #expect(comparison.movedUp[0].from?.name == "Beginning")
        #expect(comparison.movedUp[0].to?.name == "Secure")
        #expect(comparison.movedDown.map(\.code) == ["1a.ii"])
        #expect(comparison.movedDown[0].steps == -1)
        #expect(comparison.new.map(\.code) == ["1b.i"])
        #expect(comparison.new[0].from == nil)
        #expect(comparison.noLongerReflectedOn.map(\.code) == ["2a.i"])
        #expect(comparison.unchanged == 1)
        #expect(comparison.notReflectedOnInEither == 1)
        #expect(comparison.oldDate == "2026-11-29")
        #expect(comparison.newDate == "2027-06-01")
        let data = try JSONEncoder().encode(comparison)
        #expect(try JSONDecoder().decode(ReflectionComparison.self, from: data) == comparison)

        let same = ReflectionComparison(from: old, to: old, in: framework)
        #expect(same.movedUp.isEmpty && same.movedDown.isEmpty && same.new.isEmpty)
        #expect(same.unchanged == 4)
    }
}

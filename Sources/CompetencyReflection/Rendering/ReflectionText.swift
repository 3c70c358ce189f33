import CompetencyFramework

/// A reflection report as plain text for a terminal: the profile as a table of counts, the
/// strengths, the growth goals with the current and next descriptors, and the components not
/// yet reflected on. Lines are wrapped to `width` columns; nothing is coloured.
///
/// Text from the framework and the reflection is shown as written, except that control
/// characters become `?` so that nothing can move a terminal's cursor.
public enum ReflectionText {
    /// The report, wrapped to `width` columns (at least 40), ending with a newline.
    public static func render(_ report: ReflectionReport, width: Int = 80) -> String {
        var out = TextBlock(width: max(40, width))
        heading(report, into: &out)
        profile(report, into: &out)
        strengths(report, into: &out)
        goals(report, into: &out)
        notYet(report, into: &out)
        return out.text
    }

    /// A comparison of two reflections, wrapped to `width` columns (at least 40), ending with
    /// a newline.
    public static func render(_ comparison: ReflectionComparison, width: Int = 80) -> String {
        var out = TextBlock(width: max(40, width))
        out.paragraph("Progress" + (comparison.name.map { ": \($0)" } ?? ""))
        out.paragraph(
            "\(comparison.frameworkTitle) · \(comparison.oldDate ?? "undated") → \(comparison.newDate ?? "undated")")
        let groups: [(String, [ReflectionComparison.Change])] = [
            ("MOVED UP", comparison.movedUp), ("MOVED DOWN", comparison.movedDown),
            ("NEWLY REFLECTED ON", comparison.new), ("NO LONGER REFLECTED ON", comparison.noLongerReflectedOn),
        ]
        let column = changeColumn(comparison)
        for (name, changes) in groups where !changes.isEmpty || name.hasPrefix("MOVED") {
            out.blank()
            out.paragraph("\(name) (\(changes.count))")
            if changes.isEmpty { out.paragraph("none", indent: 2) }
            for change in changes {
                out.hanging(change.code.rawValue, column: column, change.title, leading: 2)
                var move = "\(change.from?.name ?? "not reflected on") → \(change.to?.name ?? "not reflected on")"
                var notes: [String] = []
                if change.steps != 0 { notes.append(change.steps > 0 ? "+\(change.steps)" : "\(change.steps)") }
                if change.wasFocus { notes.append("was a focus") }
                if !notes.isEmpty { move += " (\(notes.joined(separator: ", ")))" }
                out.paragraph(move, indent: column)
            }
        }
        out.blank()
        out.paragraph("UNCHANGED: \(plural(comparison.unchanged, "component")) at the same level")
        if comparison.notReflectedOnInEither > 0 {
            out.paragraph("Not reflected on in either: \(plural(comparison.notReflectedOnInEither, "component"))")
        }
        return out.text
    }

    // MARK: - Report sections

    private static func heading(_ report: ReflectionReport, into out: inout TextBlock) {
        var who = [report.name, report.role].compactMap { $0 }.joined(separator: ", ")
        if who.isEmpty { who = "Self-reflection" }
        out.paragraph(who)
        out.paragraph([report.frameworkTitle, report.date].compactMap { $0 }.joined(separator: " · "))
        out.paragraph(summary(report).joined(separator: " · "))
    }

    /// "31 of 70 components reflected on", "6 at Highest impact", "3 growth goals".
    static func summary(_ report: ReflectionReport) -> [String] {
        let overall = report.profile.overall
        var parts = ["\(overall.reflectedOn) of \(plural(overall.total, "component")) reflected on"]
        if let top = report.topLevel { parts.append("\(report.strengths.count) at \(top.name)") }
        parts.append(plural(report.plan.goals.count, "growth goal"))
        return parts
    }

    private static func profile(_ report: ReflectionReport, into out: inout TextBlock) {
        out.blank()
        out.paragraph("PROFILE")
        let levels = report.profile.levels
        let legend = levels.enumerated().map { "[\($0 + 1)] \($1.name)" } + ["[-] not yet reflected on"]
        out.hanging("Levels:", column: 8, legend.joined(separator: " · "))
        let numbers = levels.indices.map { String($0 + 1) } + ["-", "all"]
        let cell = max(4, String(report.profile.overall.total).count + 2)
        let titleWidth = max(12, out.width - cell * numbers.count)
        func row(_ label: String, _ values: [String], indent: Int) -> String {
            let title = truncate(String(repeating: " ", count: indent) + TextBlock.clean(label), to: titleWidth - 1)
            let padded = title + String(repeating: " ", count: max(1, titleWidth - title.count))
            return padded + values.map { String(repeating: " ", count: max(0, cell - $0.count)) + $0 }.joined()
        }
        func counts(_ row: ReflectionProfile.Row) -> [String] {
            row.counts.map(String.init) + [String(row.notYetReflectedOn), String(row.total)]
        }
        out.blank()
        out.line(row("", numbers, indent: 0))
        for domain in report.profile.domains {
            out.line(row("\(domain.code?.rawValue ?? "")  \(domain.title)", counts(domain), indent: 0))
            for subdomain in domain.subdomains {
                out.line(row("\(subdomain.code?.rawValue ?? "")  \(subdomain.title)", counts(subdomain), indent: 4))
            }
        }
        out.line(row(report.profile.overall.title, counts(report.profile.overall), indent: 0))
    }

    private static func strengths(_ report: ReflectionReport, into out: inout TextBlock) {
        guard let top = report.topLevel else { return }
        out.blank()
        out.paragraph("STRENGTHS: at \(top.name) (\(report.strengths.count))")
        if report.strengths.isEmpty {
            out.paragraph("None yet.", indent: 2)
            return
        }
        let column = codeColumn(report.strengths.map(\.code))
        for component in report.strengths {
            out.hanging(component.code.rawValue, column: column, component.title, leading: 2)
        }
    }

    private static func goals(_ report: ReflectionReport, into out: inout TextBlock) {
        out.blank()
        let plan = report.plan
        switch plan.basis {
        case .focus:
            out.paragraph("GROWTH GOALS: the components marked \"focus: yes\" (\(plan.goals.count))")
        case .furthestBelowTop:
            out.paragraph("GROWTH GOALS (\(plan.goals.count))")
            out.paragraph(
                "No component is marked \"focus: yes\", so these are the components furthest below "
                    + "\(report.topLevel?.name ?? "the top level").")
        case .none:
            out.paragraph("GROWTH GOALS")
        }
        if let reason = report.noGoalsReason {
            out.paragraph(reason, indent: 2)
            return
        }
        let stem = report.stem.map { $0 + " " } ?? ""
        for (number, goal) in plan.goals.enumerated() {
            out.blank()
            let label = "\(number + 1)."
            let column = label.count + 1
            out.hanging(label, column: column, "\(goal.component.code)  \(goal.component.title)")
            let stepColumn = column + 6
            if let current = goal.current {
                out.hanging("Now", column: stepColumn, current.level.name, leading: column)
                out.paragraph(describe(current.descriptor, stem: stem), indent: stepColumn)
            } else {
                out.hanging("Now", column: stepColumn, "not yet reflected on", leading: column)
            }
            if let next = goal.next {
                out.hanging("Next", column: stepColumn, next.level.name, leading: column)
                out.paragraph(describe(next.descriptor, stem: stem), indent: stepColumn)
            } else {
                out.hanging(
                    "Next", column: stepColumn, "none: \(goal.current?.level.name ?? "this") is the top level",
                    leading: column)
            }
            if let evidence = goal.component.evidence {
                out.hanging("Evidence:", column: column + 10, evidence, leading: column)
            }
        }
        if plan.moreEquallyFarBelow > 0 {
            out.blank()
            out.paragraph(
                "\(plural(plan.moreEquallyFarBelow, "more component", plural: "more components")) "
                    + "\(plan.moreEquallyFarBelow == 1 ? "is" : "are") as far below; "
                    + "mark the ones you choose with \"focus: yes\".")
        }
    }

    private static func notYet(_ report: ReflectionReport, into out: inout TextBlock) {
        out.blank()
        out.paragraph("NOT YET REFLECTED ON (\(report.notYetReflectedOn.count))")
        if report.notYetReflectedOn.isEmpty {
            out.paragraph("None: every component is placed at a level.", indent: 2)
        } else {
            out.paragraph(report.notYetReflectedOn.map(\.code.rawValue).joined(separator: ", "), indent: 2)
        }
    }

    // MARK: - Helpers

    static func describe(_ descriptor: Descriptor, stem: String) -> String {
        switch descriptor {
        case .text(let text): stem + text
        case .gap(let reason): "(gap) " + reason
        }
    }

    private static func codeColumn(_ codes: [Code]) -> Int {
        (codes.map(\.rawValue.count).max() ?? 0) + 4
    }

    private static func changeColumn(_ comparison: ReflectionComparison) -> Int {
        let all = comparison.movedUp + comparison.movedDown + comparison.new + comparison.noLongerReflectedOn
        return codeColumn(all.map(\.code))
    }

    static func plural(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : (plural ?? noun + "s"))"
    }

    private static func truncate(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(max(0, width - 1))) + "…"
    }
}

/// Lines of plain text wrapped to a width.
struct TextBlock {
    let width: Int
    private(set) var text = ""

    init(width: Int) {
        self.width = width
    }

    mutating func line(_ line: String) {
        var line = line
        while line.last == " " { line.removeLast() }
        text += line + "\n"
    }

    mutating func blank() {
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
    }

    /// `words` wrapped, every line indented by `indent`.
    mutating func paragraph(_ words: String, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for line in Self.wrap(words, width: width - indent) { self.line(pad + line) }
    }

    /// `label` at `leading`, padded to `column`, then `words` wrapped under their first word.
    mutating func hanging(_ label: String, column: Int, _ words: String, leading: Int = 0) {
        let label = Self.clean(label)
        let lead = String(repeating: " ", count: leading) + label
        let pad = String(repeating: " ", count: column)
        let lines = Self.wrap(words, width: width - column)
        if lead.count >= column {
            line(lead)
            for wrapped in lines { line(pad + wrapped) }
            return
        }
        for (index, wrapped) in lines.enumerated() {
            line((index == 0 ? lead + String(repeating: " ", count: column - lead.count) : pad) + wrapped)
        }
    }

    /// The lines of `text` wrapped to `width` columns; line breaks in `text` are kept, and a
    /// word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in clean(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// `text` with line breaks normalised to LF, tabs as spaces and other control characters
    /// (including bidirectional controls) as `?`.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { result.append("\n") }
            case 0x0D:
                result.append("\n")
            case 0x09:
                result.append(" ")
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                result.append("?")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}

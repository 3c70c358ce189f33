import CompetencyFramework
import CompetencyKitInternals
import FrameworkExport

/// A reflection report as Markdown (CommonMark with GitHub tables): who and when, the
/// profile as a table per domain and subdomain, the growth goals (each a table with the
/// current descriptor beside the next level's), the strengths, every component with its
/// level, focus and evidence, and the components not yet reflected on.
///
/// Text is escaped with ``MarkdownExport/inline(_:)``, so it reads exactly as written; line
/// breaks inside table cells become `<br>`.
public enum ReflectionMarkdown {
    /// The report as Markdown, ending with a newline.
    public static func render(_ report: ReflectionReport) -> String {
        var blocks: [String] = []
        let who = [report.name, report.role].compactMap { $0 }.joined(separator: ", ")
        blocks.append("# " + line(who.isEmpty ? "Self-reflection" : "Self-reflection: \(who)"))
        var facts = ["- Framework: " + line(report.frameworkTitle) + " (`" + code(report.frameworkID) + "`)"]
        if let date = report.date { facts.append("- Date: " + line(date)) }
        facts.append("- " + line(ReflectionText.summary(report).joined(separator: " · ")))
        blocks.append(facts.joined(separator: "\n"))

        blocks.append("## Profile")
        blocks.append("How many components sit at each level.")
        let levels = report.profile.levels
        var table = [
            "| Domain or subdomain | " + levels.map { cell($0.name) }.joined(separator: " | ") + " | Not yet | All |"
        ]
        table.append("|---|" + String(repeating: "--:|", count: levels.count + 2))
        func row(_ row: ReflectionProfile.Row, label: String) -> String {
            "| " + label + " | "
                + (row.counts + [row.notYetReflectedOn, row.total]).map(String.init)
                .joined(separator: " | ") + " |"
        }
        for domain in report.profile.domains {
            table.append(row(domain, label: "**" + cell((domain.code?.rawValue ?? "") + " " + domain.title) + "**"))
            for subdomain in domain.subdomains {
                table.append(
                    row(subdomain, label: "↳ " + cell((subdomain.code?.rawValue ?? "") + " " + subdomain.title)))
            }
        }
        table.append(row(report.profile.overall, label: "**" + cell(report.profile.overall.title) + "**"))
        blocks.append(table.joined(separator: "\n"))

        blocks.append("## Growth goals")
        let plan = report.plan
        switch plan.basis {
        case .focus:
            blocks.append("The components marked `focus: yes`.")
        case .furthestBelowTop:
            blocks.append(
                "No component is marked `focus: yes`, so these are the components furthest below "
                    + line(report.topLevel?.name ?? "the top level") + ".")
        case .none:
            break
        }
        if let reason = report.noGoalsReason { blocks.append(line(reason)) }
        let stem = report.stem.map { $0 + " " } ?? ""
        for goal in plan.goals {
            blocks.append("### " + line(goal.component.code.rawValue + " " + goal.component.title))
            let now = goal.current.map { "Now: " + cell($0.level.name) } ?? "Now: not yet reflected on"
            let next = goal.next.map { "Next: " + cell($0.level.name) } ?? "Next: none"
            let nowText = goal.current.map { describe($0.descriptor, stem: stem) } ?? "*Not yet reflected on.*"
            let nextText =
                goal.next.map { describe($0.descriptor, stem: stem) }
                ?? "*" + cell("\(goal.current?.level.name ?? "This") is the top level: there is no next level.") + "*"
            blocks.append(
                ["| \(now) | \(next) |", "|---|---|", "| \(nowText) | \(nextText) |"].joined(separator: "\n"))
            if let evidence = goal.component.evidence {
                blocks.append("*Evidence:* " + cell(evidence))
            }
        }
        if plan.moreEquallyFarBelow > 0 {
            blocks.append(
                "\(ReflectionText.plural(plan.moreEquallyFarBelow, "more component")) "
                    + "\(plan.moreEquallyFarBelow == 1 ? "is" : "are") as far below; mark the ones you choose with `focus: yes`."
            )
        }

        if let top = report.topLevel {
            blocks.append("## Strengths")
            if report.strengths.isEmpty {
                blocks.append("None yet at " + line(top.name) + ".")
            } else {
                blocks.append("At " + line(top.name) + ":")
                blocks.append(
                    report.strengths.map { "- **" + line($0.code.rawValue) + "** " + line($0.title) }
                        .joined(separator: "\n"))
            }
        }

        blocks.append("## Every component")
        var byDomain: [String: [ReflectedComponent]] = [:]
        for component in report.components { byDomain[component.domain.lookupKey, default: []].append(component) }
        for domain in report.profile.domains {
            blocks.append("### " + line((domain.code?.rawValue ?? "") + " " + domain.title))
            var rows = ["| Code | Component | Level | Focus | Evidence |", "|---|---|---|---|---|"]
            for component in byDomain[domain.code?.lookupKey ?? ""] ?? [] {
                let level = report.level(component.level).map { cell($0.name) } ?? "*not yet*"
                rows.append(
                    "| " + cell(component.code.rawValue) + " | " + cell(component.title) + " | " + level + " | "
                        + (component.focus ? "yes" : "") + " | " + (component.evidence.map(cell) ?? "") + " |")
            }
            blocks.append(rows.joined(separator: "\n"))
        }

        blocks.append("## Not yet reflected on")
        if report.notYetReflectedOn.isEmpty {
            blocks.append("None: every component is placed at a level.")
        } else {
            blocks.append(
                report.notYetReflectedOn.map { "- **" + line($0.code.rawValue) + "** " + line($0.title) }
                    .joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func describe(_ descriptor: Descriptor, stem: String) -> String {
        switch descriptor {
        case .text(let text): cell(stem + text)
        case .gap(let reason): "*Gap: " + cell(reason) + "*"
        }
    }

    /// The lines of `text`, trimmed.
    private static func lines(_ text: String) -> [String] {
        TextBlock.clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
    }

    /// `text` escaped, on one line.
    private static func line(_ text: String) -> String {
        lines(text).filter { !$0.isEmpty }.map(MarkdownExport.inline).joined(separator: " ")
    }

    /// `text` escaped for a table cell, line breaks as `<br>`.
    private static func cell(_ text: String) -> String {
        lines(text).map(MarkdownExport.inline).joined(separator: "<br>")
    }

    /// `text` inside a code span, on one line: backticks cannot be escaped there, so they are
    /// dropped.
    private static func code(_ text: String) -> String {
        String(TextBlock.clean(text).filter { $0 != "`" && $0 != "\n" })
    }
}

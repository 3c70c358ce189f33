import CompetencyFramework
import CompetencyKitInternals
import FrameworkExport

/// A reflection report as one self-contained HTML5 page, for a coaching conversation: inline
/// CSS, no scripts, nothing fetched from the network, and A4 pages when printed.
///
/// The page has a header (who, role, date, framework, and how much is reflected on), the
/// profile as an inline SVG chart (one stacked bar per domain and one for the whole
/// framework, with a legend and a `<title>` on every bar) and a table per subdomain, the
/// growth goals (each with the current descriptor beside the next level's; a gap is shown as
/// a gap), the strengths, every component with its level, focus and evidence, and the
/// components not yet reflected on.
///
/// All text is escaped with ``HTMLExport/escape(_:)``. `<html lang>` is the framework's
/// language when given.
public enum ReflectionHTML {
    /// The page, ending with a newline.
    public static func render(_ report: ReflectionReport) -> String {
        let who = [report.name, report.role].compactMap { $0 }.joined(separator: ", ")
        let colours = ReflectionChart.colours(count: report.levels.count)
        var html = "<!DOCTYPE html>\n"
        html += report.language.map { "<html lang=\"\(escape($0))\">\n" } ?? "<html>\n"
        html += "<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let title = (who.isEmpty ? "Self-reflection" : "Self-reflection: \(who)") + " · \(report.frameworkTitle)"
        html += "<title>\(escape(title))</title>\n"
        html += "<style>\n\(stylesheet)\(levelStyles(colours))</style>\n</head>\n<body>\n"
        html += masthead(report)
        html += "<main>\n"
        html += profile(report)
        html += goals(report)
        html += strengths(report)
        html += subdomains(report)
        html += everyComponent(report)
        html += notYet(report)
        html += "</main>\n"
        html += "<footer>\n<p>Prepared with CompetencyKit from a self-reflection against "
        html += "\(escape(report.frameworkTitle)) (<code>\(escape(report.frameworkID))</code>). Levels, lowest first: "
        html += report.levels.map { escape($0.name) }.joined(separator: " · ") + ".</p>\n</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: - Sections

    private static func masthead(_ report: ReflectionReport) -> String {
        var html = "<header class=\"masthead\">\n"
        html += "<p class=\"eyebrow\">Self-reflection · \(escape(report.frameworkTitle))</p>\n"
        html += "<h1>\(escape(report.name ?? "Self-reflection"))</h1>\n"
        var facts: [String] = []
        if let role = report.role { facts.append("<span>\(escape(role))</span>") }
        if let date = report.date {
            facts.append("<span><time datetime=\"\(escape(date))\">\(escape(date))</time></span>")
        }
        if !facts.isEmpty { html += "<p class=\"facts\">\(facts.joined())</p>\n" }
        let overall = report.profile.overall
        let share = overall.total > 0 ? Double(overall.reflectedOn) / Double(overall.total) : 0
        html += "<ul class=\"stats\">\n"
        html += "<li><a href=\"#_profile\"><strong>\(overall.reflectedOn)<small>/\(overall.total)</small></strong>"
        html += "<span>components reflected on</span>"
        html +=
            "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width: \(ReflectionChart.format(share * 100))%\"></span></span>"
        html += "</a></li>\n"
        if let top = report.topLevel {
            html += "<li><a href=\"#_strengths\"><strong>\(report.strengths.count)</strong>"
            html += "<span>strengths at \(escape(top.name))</span></a></li>\n"
        }
        html += "<li><a href=\"#_goals\"><strong>\(report.plan.goals.count)</strong>"
        html += "<span>\(report.plan.goals.count == 1 ? "growth goal" : "growth goals")</span></a></li>\n"
        html += "</ul>\n</header>\n"
        return html
    }

    private static func legend(_ report: ReflectionReport) -> String {
        var html = "<ul class=\"legend\" aria-label=\"Levels\">\n"
        for (index, level) in report.levels.enumerated() {
            html += "<li><span class=\"swatch level-\(index)\" aria-hidden=\"true\"></span>\(escape(level.name))</li>\n"
        }
        html += "<li><span class=\"swatch not-yet\" aria-hidden=\"true\"></span>Not yet reflected on</li>\n"
        return html + "</ul>\n"
    }

    private static func profile(_ report: ReflectionReport) -> String {
        var html = "<section class=\"profile\" id=\"_profile\" aria-labelledby=\"_profile-heading\">\n"
        html += "<h2 id=\"_profile-heading\">Profile</h2>\n"
        html += "<p class=\"lead\">Where practice sits across the framework: each bar is one domain's components, "
        html += "split by level, lowest first.</p>\n"
        html += legend(report)
        html += "<figure>\n\(ReflectionChart.profile(report))</figure>\n"
        html += "<p class=\"see-also\"><a href=\"#_subdomains\">The profile by subdomain</a> follows the goals.</p>\n"
        return html + "</section>\n"
    }

    private static func subdomains(_ report: ReflectionReport) -> String {
        let profile = report.profile
        var html = "<section class=\"by-subdomain\" id=\"_subdomains\" aria-labelledby=\"_subdomains-heading\">\n"
        html += "<h2 id=\"_subdomains-heading\">Profile by subdomain</h2>\n"
        html += "<table class=\"subdomains\">\n<colgroup><col class=\"s-name\"><col class=\"s-bar\">"
        html += String(repeating: "<col>", count: profile.levels.count + 2) + "</colgroup>\n<thead>\n<tr>"
        html +=
            "<th scope=\"col\">Subdomain</th><th scope=\"col\" class=\"bar-col\"><span class=\"visually-hidden\">Profile</span></th>"
        for (index, level) in profile.levels.enumerated() {
            html += "<th scope=\"col\" class=\"num\"><span class=\"swatch level-\(index)\" aria-hidden=\"true\"></span>"
            html += "\(escape(level.name))</th>"
        }
        html += "<th scope=\"col\" class=\"num\">Not yet</th><th scope=\"col\" class=\"num\">All</th></tr>\n</thead>\n"
        for domain in profile.domains {
            html += "<tbody>\n<tr class=\"domain-row\"><th scope=\"rowgroup\" colspan=\"\(profile.levels.count + 4)\">"
            html += "\(codeSpan(domain.code)) \(escape(domain.title))</th></tr>\n"
            for subdomain in domain.subdomains {
                html += "<tr><th scope=\"row\">\(codeSpan(subdomain.code)) \(escape(subdomain.title))</th>"
                html += "<td class=\"bar-col\">\(ReflectionChart.miniBar(subdomain, levels: profile.levels))</td>"
                for count in subdomain.counts {
                    html += "<td class=\"num\(count == 0 ? " zero" : "")\">\(count)</td>"
                }
                html +=
                    "<td class=\"num\(subdomain.notYetReflectedOn == 0 ? " zero" : "")\">\(subdomain.notYetReflectedOn)</td>"
                html += "<td class=\"num all\">\(subdomain.total)</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n</section>\n"
        return html
    }

    private static func goals(_ report: ReflectionReport) -> String {
        let plan = report.plan
        var html = "<section class=\"goals\" id=\"_goals\" aria-labelledby=\"_goals-heading\">\n"
        html += "<h2 id=\"_goals-heading\">Growth goals</h2>\n"
        switch plan.basis {
        case .focus:
            html += "<p class=\"lead\">The components marked <code>focus: yes</code>: where practice sits now, "
            html += "and what the next level describes.</p>\n"
        case .furthestBelowTop:
            html += "<p class=\"lead\">No component is marked <code>focus: yes</code>, so these are the components "
            html += "furthest below \(escape(report.topLevel?.name ?? "the top level")): where practice sits now, "
            html += "and what the next level describes.</p>\n"
        case .none:
            break
        }
        if let reason = report.noGoalsReason {
            html += "<p class=\"empty\">\(escape(reason))</p>\n"
        }
        let titles = nodeTitles(report)
        let stem = report.stem
        for goal in plan.goals {
            let component = goal.component
            html += "<article class=\"goal\" id=\"_goal-\(HTMLExport.anchor(component.code))\">\n<header>\n"
            html += "<h3>\(codeSpan(component.code)) \(escape(component.title))</h3>\n"
            html += "<p class=\"where\">\(escape(titles[component.domain.lookupKey] ?? component.domain.rawValue)) › "
            html += "\(escape(titles[component.subdomain.lookupKey] ?? component.subdomain.rawValue))</p>\n"
            html += "</header>\n<div class=\"ladder\">\n"
            html += step(goal.current, role: "Now", report: report, stem: stem, missing: "Not yet reflected on.")
            html += "<div class=\"arrow\" aria-hidden=\"true\"><svg viewBox=\"0 0 24 24\" width=\"24\" height=\"24\">"
            html += "<path d=\"M4 12h14m-5-6 6 6-6 6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.2\" "
            html += "stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg></div>\n"
            let topName = goal.current?.level.name ?? report.topLevel?.name ?? "This"
            html += step(
                goal.next, role: "Next", report: report, stem: stem,
                missing: "\(topName) is the top level: there is no next level to describe.")
            html += "</div>\n"
            if let evidence = component.evidence {
                html += "<p class=\"evidence\"><strong>Evidence</strong> \(lines(evidence))</p>\n"
            }
            html += "</article>\n"
        }
        if plan.moreEquallyFarBelow > 0 {
            let more = plan.moreEquallyFarBelow
            html += "<p class=\"more\">\(ReflectionText.plural(more, "more component")) \(more == 1 ? "is" : "are") "
            html += "as far below; mark the ones you choose with <code>focus: yes</code>.</p>\n"
        }
        return html + "</section>\n"
    }

    private static func step(
        _ step: LevelStep?, role: String, report: ReflectionReport, stem: String?, missing: String
    ) -> String {
        let kind = role.lowercased()
        guard let step else {
            return "<div class=\"step \(kind) none\">\n<p class=\"step-label\"><span class=\"tag\">\(role)</span></p>\n"
                + "<p>\(escape(missing))</p>\n</div>\n"
        }
        let index = report.levelIndex(step.level.id) ?? 0
        var html = "<div class=\"step \(kind)\(step.descriptor.isGap ? " gap" : "")\">\n"
        html += "<p class=\"step-label\"><span class=\"tag\">\(role)</span> "
        html += "<span class=\"pill level-\(index)\">\(escape(step.level.name))</span></p>\n"
        switch step.descriptor {
        case .text(let text):
            if let stem {
                html += "<p><span class=\"stem\">\(escape(stem))</span> \(lines(text))</p>\n"
            } else {
                html += "<p>\(lines(text))</p>\n"
            }
        case .gap(let reason):
            html += "<p><strong>Gap:</strong> \(lines(reason))</p>\n"
        }
        return html + "</div>\n"
    }

    private static func strengths(_ report: ReflectionReport) -> String {
        guard let top = report.topLevel else { return "" }
        var html = "<section class=\"strengths\" id=\"_strengths\" aria-labelledby=\"_strengths-heading\">\n"
        html += "<h2 id=\"_strengths-heading\">Strengths</h2>\n"
        if report.strengths.isEmpty {
            html += "<p class=\"empty\">None yet at \(escape(top.name)).</p>\n"
        } else {
            html += "<p class=\"lead\">Components at \(escape(top.name)), the top level.</p>\n<ul class=\"chips\">\n"
            for component in report.strengths {
                html += "<li>\(codeSpan(component.code)) \(escape(component.title))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    private static func everyComponent(_ report: ReflectionReport) -> String {
        var html = "<section class=\"all\" id=\"_all\" aria-labelledby=\"_all-heading\">\n"
        html += "<h2 id=\"_all-heading\">Every component</h2>\n"
        var bySubdomain: [String: [ReflectedComponent]] = [:]
        for component in report.components {
            bySubdomain[component.subdomain.lookupKey, default: []].append(component)
        }
        for domain in report.profile.domains {
            html +=
                "<table class=\"components\">\n<caption>\(codeSpan(domain.code)) \(escape(domain.title))</caption>\n"
            html +=
                "<colgroup><col class=\"c-code\"><col class=\"c-title\"><col class=\"c-level\"><col class=\"c-evidence\"></colgroup>\n"
            html +=
                "<thead>\n<tr><th scope=\"col\">Code</th><th scope=\"col\">Component</th><th scope=\"col\">Level</th>"
            html += "<th scope=\"col\">Evidence</th></tr>\n</thead>\n"
            for subdomain in domain.subdomains {
                html += "<tbody>\n<tr class=\"subdomain-row\"><th scope=\"rowgroup\" colspan=\"4\">"
                html += "\(codeSpan(subdomain.code)) \(escape(subdomain.title))</th></tr>\n"
                for component in bySubdomain[subdomain.code?.lookupKey ?? ""] ?? [] {
                    html +=
                        "<tr id=\"\(HTMLExport.anchor(component.code))\"\(component.focus ? " class=\"is-focus\"" : "")>"
                    html += "<td>\(codeSpan(component.code))</td><td>\(escape(component.title))"
                    if component.focus { html += " <span class=\"badge\">Focus</span>" }
                    html += "</td><td>"
                    if let index = report.levelIndex(component.level), let level = report.level(component.level) {
                        html += "<span class=\"pill level-\(index)\">\(escape(level.name))</span>"
                    } else {
                        html += "<span class=\"pill not-yet\">Not yet</span>"
                    }
                    html += "</td><td>\(component.evidence.map(lines) ?? "")</td></tr>\n"
                }
                html += "</tbody>\n"
            }
            html += "</table>\n"
        }
        return html + "</section>\n"
    }

    private static func notYet(_ report: ReflectionReport) -> String {
        var html = "<section class=\"not-yet-list\" id=\"_not-yet\" aria-labelledby=\"_not-yet-heading\">\n"
        html += "<h2 id=\"_not-yet-heading\">Not yet reflected on</h2>\n"
        if report.notYetReflectedOn.isEmpty {
            html += "<p class=\"empty\">None: every component is placed at a level.</p>\n"
        } else {
            html += "<ul class=\"columns\">\n"
            for component in report.notYetReflectedOn {
                html += "<li>\(codeSpan(component.code)) \(escape(component.title))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    // MARK: - Helpers

    private static func escape(_ text: String) -> String {
        HTMLExport.escape(text)
    }

    /// `text` escaped, with line breaks as `<br>`.
    private static func lines(_ text: String) -> String {
        text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
            .joined(separator: "<br>\n")
    }

    private static func codeSpan(_ code: Code?) -> String {
        guard let code else { return "" }
        return "<span class=\"code\">\(escape(code.rawValue))</span>"
    }

    /// "1 Professional Knowledge and Understanding" by the look-up key of each domain's and
    /// subdomain's code.
    private static func nodeTitles(_ report: ReflectionReport) -> [String: String] {
        var titles: [String: String] = [:]
        for domain in report.profile.domains {
            if let code = domain.code { titles[code.lookupKey] = "\(code.rawValue) \(domain.title)" }
            for subdomain in domain.subdomains {
                if let code = subdomain.code { titles[code.lookupKey] = "\(code.rawValue) \(subdomain.title)" }
            }
        }
        return titles
    }

    /// A rule per level: `.level-N` fills swatches and pills with the level's colour.
    private static func levelStyles(_ colours: [ReflectionChart.Colour]) -> String {
        colours.enumerated().map { index, colour in
            ".level-\(index) { background: \(colour.hex); color: \(colour.ink); }\n"
        }.joined()
    }

    private static let stylesheet = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --rule: #d9d9e0; --soft: #f5f6f8; --accent: #225ea8; --not-yet: #e4e4e9; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        h1, h2, h3 { line-height: 1.2; }
        h2 { font-size: 1.35rem; margin: 2.4rem 0 0.4rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--rule); }
        h3 { font-size: 1.05rem; margin: 0; }
        code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0 0.25em; border-radius: 3px; }
        .lead { color: var(--muted); margin: 0.3rem 0 1rem; }
        .empty { color: var(--muted); font-style: italic; }
        .code { font-variant-numeric: tabular-nums; font-weight: 650; color: var(--accent); margin-right: 0.2em; white-space: nowrap; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .masthead { border-bottom: 3px solid var(--ink); padding-bottom: 1.2rem; }
        .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem; font-weight: 650; color: var(--accent); margin: 0; }
        .masthead h1 { font-size: 2.2rem; margin: 0.2rem 0 0.2rem; }
        .facts { margin: 0; color: var(--muted); font-size: 1.02rem; }
        .facts span + span::before { content: "·"; margin: 0 0.5em; }
        .stats { list-style: none; padding: 0; margin: 1.2rem 0 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.8rem; }
        .stats a { display: block; height: 100%; padding: 0.75rem 1rem; border: 1px solid var(--rule); border-radius: 10px; background: var(--soft); color: inherit; text-decoration: none; }
        .stats strong { display: block; font-size: 1.9rem; line-height: 1.1; font-variant-numeric: tabular-nums; }
        .stats small { font-size: 1rem; color: var(--muted); font-weight: 500; }
        .stats span { color: var(--muted); font-size: 0.9rem; }
        .meter { display: block; height: 6px; margin-top: 0.45rem; border-radius: 3px; background: var(--not-yet); overflow: hidden; }
        .meter span { display: block; height: 100%; background: var(--accent); }
        .legend { list-style: none; padding: 0; margin: 0 0 0.6rem; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; font-size: 0.9rem; }
        .legend li { display: flex; align-items: center; gap: 0.4rem; }
        .swatch { display: inline-block; width: 0.95rem; height: 0.95rem; border-radius: 3px; vertical-align: -0.12em; }
        .swatch.not-yet, .pill.not-yet { background: repeating-linear-gradient(135deg, var(--not-yet), var(--not-yet) 3px, #cfcfd6 3px, #cfcfd6 5px); }
        figure { margin: 0 0 1.2rem; }
        .profile-chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
        .profile-chart .label { font-size: 14px; fill: var(--ink); }
        .profile-chart .label.total { font-weight: 700; }
        .profile-chart .code { font-weight: 700; fill: var(--accent); }
        .profile-chart .count { font-size: 13px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .profile-chart .sum { font-size: 13px; fill: var(--muted); font-variant-numeric: tabular-nums; }
        table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 650; font-size: 1rem; padding: 0.6rem 0 0.4rem; }
        th, td { padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule); }
        thead th { font-size: 0.8rem; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--rule); }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th.num .swatch { margin-right: 0.3em; }
        td.zero { color: #b0b0ba; }
        td.all { font-weight: 650; }
        .subdomains { table-layout: fixed; }
        .subdomains col.s-name { width: 36%; }
        .subdomains col.s-bar { width: 180px; }
        .subdomains th, .subdomains td { vertical-align: middle; }
        .subdomains thead th.num { white-space: normal; }
        .subdomains th[scope="row"] { font-weight: 500; }
        .see-also { font-size: 0.9rem; margin: 0; }
        .see-also a { color: var(--accent); }
        .mini { display: block; }
        .domain-row th, .subdomain-row th { background: var(--soft); font-weight: 650; }
        .goal { border: 1px solid var(--rule); border-radius: 12px; padding: 1rem 1.1rem 1.1rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
        .goal header { margin-bottom: 0.7rem; }
        .where { margin: 0.15rem 0 0; color: var(--muted); font-size: 0.85rem; }
        .ladder { display: grid; grid-template-columns: 1fr 2rem 1fr; gap: 0.5rem; align-items: stretch; }
        .arrow { display: flex; align-items: center; justify-content: center; color: var(--accent); }
        .step { border-radius: 9px; padding: 0.7rem 0.85rem; background: var(--soft); }
        .step.next { background: #eef4fb; box-shadow: inset 4px 0 0 var(--accent); }
        .step.gap { background: repeating-linear-gradient(135deg, #f6f2e6, #f6f2e6 8px, #efe8d4 8px, #efe8d4 16px); color: var(--muted); font-style: italic; }
        .step.gap strong { font-style: normal; }
        .step.none { color: var(--muted); font-style: italic; }
        .step p { margin: 0; }
        .step .step-label { margin-bottom: 0.45rem; display: flex; align-items: center; gap: 0.5rem; font-style: normal; }
        .tag { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.72rem; font-weight: 700; color: var(--muted); }
        .stem { color: var(--muted); }
        .pill { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; font-size: 0.82rem; font-weight: 600; white-space: nowrap; }
        .pill.not-yet { color: var(--muted); }
        .evidence { margin: 0.8rem 0 0; font-size: 0.9rem; }
        .evidence strong { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.72rem; color: var(--muted); margin-right: 0.4em; }
        .more { color: var(--muted); }
        .chips { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0.4rem 1rem; }
        .chips li { padding: 0.4rem 0.6rem; border-left: 4px solid var(--accent); background: var(--soft); border-radius: 0 6px 6px 0; }
        .components col.c-code { width: 5.5rem; }
        .components col.c-level { width: 9.5rem; }
        .components col.c-evidence { width: 36%; }
        .components tr.is-focus td { background: #fbf7e9; }
        .badge { display: inline-block; font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: #7a5800; background: #f6e7b4; border-radius: 4px; padding: 0 0.35rem; vertical-align: 0.1em; }
        .columns { columns: 2 18rem; column-gap: 2rem; padding-left: 1.1rem; margin: 0; }
        .columns li { break-inside: avoid; margin-bottom: 0.2rem; }
        footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.82rem; }
        @media (max-width: 40rem) { .ladder { grid-template-columns: 1fr; } .arrow { transform: rotate(90deg); } .subdomains col.s-bar { width: 0; } .subdomains .mini { display: none; } }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          a { color: inherit; text-decoration: none; }
          h2, .lead { break-after: avoid; page-break-after: avoid; }
          .masthead h1 { font-size: 20pt; }
          .stats a { padding: 0.4rem 0.7rem; }
          .stats strong { font-size: 16pt; }
          .goal, .chips li, tr, figure { break-inside: avoid; page-break-inside: avoid; }
          #_subdomains-heading, #_all-heading { break-before: page; }
          .subdomains col.s-bar { width: 110px; }
          .subdomains .mini { width: 100px; height: auto; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}

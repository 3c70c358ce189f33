import CommandLineParsing
import CompetencyFramework

/// `competency levels`: the proficiency levels with their summaries and indicators.
struct LevelsCommand: FrameworkSummaryCommand {
    static let configuration = CommandConfiguration(
        name: "levels",
        abstract: "The proficiency levels, with summaries and indicators.",
        discussion: "Each level shows its name, its id (what --level and framework files use), "
            + "the summary that defines it and the indicators that characterise it.",
        options: [CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency levels", "the Leadership Toolkit's levels"),
            ("competency levels --json", "the same as a JSON array"),
            ("competency levels --framework reading.framework.yaml", "another framework's levels"),
        ])

    let json: Bool

    init(_ arguments: ParsedArguments) {
        json = arguments[CommonOptions.json]
    }

    func jsonForm(of framework: Framework) -> [ProficiencyLevel] {
        framework.levels
    }

    func text(of framework: Framework, layout: TextLayout) -> String {
        var out = layout.paragraph(
            .strong(framework.metadata.title)
                + StyledText(": \(Plural.count(framework.levels.count, "proficiency level")), lowest first"))
        let numberWidth = "\(framework.levels.count).".count + 1
        for (index, level) in framework.levels.enumerated() {
            out += "\n"
            out += layout.hanging(
                StyledText("\(index + 1)."), column: numberWidth,
                .strong(level.name) + .dim("  (\(level.id))"))
            if let summary = level.summary {
                out += layout.indented(StyledText(summary), by: numberWidth)
            }
            for indicator in level.indicators {
                out += layout.hanging(
                    StyledText("-"), column: numberWidth + 2, StyledText(indicator), leading: numberWidth)
            }
        }
        return out
    }
}

import CommandLineParsing
import CompetencyFramework
import CompetencyKitInternals

/// `competency compare CODE`: how a component's descriptor grows from level to level.
struct CompareCommand: Command {
    static let code = Argument("CODE", help: "The code of a component, such as 2a.iii.", example: "2a.iii")

    static let configuration = CommandConfiguration(
        name: "compare",
        abstract: "A component across the levels, changed words marked.",
        discussion: "The first level's descriptor is shown as it is; each later level is shown against the "
            + "level before it (the last one with text, when there is a gap): in a terminal added words are "
            + "green and removed words are struck through; otherwise added words are marked [+like this+] "
            + "and removed words [-like this-].",
        arguments: [code],
        options: [CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency compare 2a.iii", "what changes from Some impact to Highest impact"),
            ("competency compare 2a.iii --no-color", "with [+added+] and [-removed-] markers"),
            ("competency compare 2a.iii --json", "the word runs as JSON"),
        ])

    /// The JSON form.
    struct Comparison: Encodable {
        var code: Code
        var title: String
        var parent: NodeReference?
        var stem: String?
        var levels: [Step]
    }

    /// One level of the comparison.
    struct Step: Encodable {
        var level: String
        var name: String
        var text: String?
        var gap: String?
        /// The level this one is compared with; absent for the first level with text.
        var comparedWith: String?
        var changes: [WordDiff.Run]?
        var added: Int?
        var removed: Int?
    }

    let code: String
    let json: Bool

    init(_ arguments: ParsedArguments) {
        code = arguments[Self.code] ?? ""
        json = arguments[CommonOptions.json]
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        let lookup = CodeLookup(framework: framework)
        let (path, component) = try lookup.component(code, command: "compare")
        let ancestors = lookup.ancestors(of: path)
        let steps = Self.steps(component, in: framework)
        if json {
            try context.printJSON(
                Comparison(
                    code: component.code, title: component.title, parent: ancestors.last.map(NodeReference.init),
                    stem: framework.metadata.stem, levels: steps))
            return .success
        }
        let layout = context.layout
        let renderer = NodeRenderer(framework: framework, layout: layout)
        var out = renderer.header(.component(component), ancestors: ancestors)
        out +=
            "\n"
            + layout.paragraph(
                StyledText("Changes from each level to the next: ") + StyledText("added", .added)
                    + StyledText(", ") + StyledText("removed", .removed) + StyledText("."))
        if let stem = framework.metadata.stem {
            out += "\n" + layout.paragraph(StyledText(stem + " …"))
        }
        for step in steps {
            var heading = StyledText.strong(step.name)
            if let previous = step.comparedWith, let added = step.added, let removed = step.removed {
                let previousName = framework.levels.first { $0.id == previous }?.name ?? previous
                heading.append("  (\(Self.summary(added: added, removed: removed)) from \(previousName))", .dim)
            }
            out += "\n" + layout.paragraph(heading)
            if let gap = step.gap {
                out += layout.indented(StyledText("(gap) " + gap, .gap), by: NodeRenderer.descriptorIndent)
            } else if let changes = step.changes {
                out += layout.indented(WordDiff.styled(changes), by: NodeRenderer.descriptorIndent)
            } else if let text = step.text {
                out += layout.indented(StyledText(text), by: NodeRenderer.descriptorIndent)
            }
        }
        context.print(out)
        return .success
    }

    /// Each level's text or gap, compared with the last level before it that has text.
    static func steps(_ component: Component, in framework: Framework) -> [Step] {
        var previous: (level: String, text: String)?
        var steps: [Step] = []
        for entry in component.descriptors {
            let name = framework.levels.first { $0.id == entry.level }?.name ?? entry.level
            switch entry.descriptor {
            case .gap(let reason):
                steps.append(Step(level: entry.level, name: name, gap: reason))
            case .text(let text):
                var step = Step(level: entry.level, name: name, text: text)
                if let previous {
                    let runs = WordDiff.diff(from: previous.text, to: text)
                    let counts = WordDiff.counts(runs)
                    step.comparedWith = previous.level
                    step.changes = runs
                    step.added = counts.added
                    step.removed = counts.removed
                }
                steps.append(step)
                previous = (entry.level, text)
            }
        }
        return steps
    }

    private static func summary(added: Int, removed: Int) -> String {
        if added == 0, removed == 0 { return "unchanged" }
        return "+\(Plural.count(added, "word")), -\(Plural.count(removed, "word"))"
    }
}

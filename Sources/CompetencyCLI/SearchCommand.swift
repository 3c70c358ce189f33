import CommandLineParsing
import CompetencyFramework

/// `competency search TEXT`: ranked matches across titles and descriptors.
struct SearchCommand: Command {
    static let text = Argument(
        "TEXT", help: "The words to look for (several arguments are joined).", isRepeating: true, example: "feedback")
    static let level = Option<String>(
        "--level", value: "LEVEL", help: "Only descriptors at this level (id, name or unambiguous start).")
    static let limit = Option<Int>(
        "--limit", value: "N", help: "Show at most N matches (default 20).", range: 1...Int.max,
        requirement: "must be a whole number above 0")

    static let configuration = CommandConfiguration(
        name: "search",
        abstract: "Ranked matches in titles and descriptors.",
        discussion: "Each word of TEXT matches the start of a word, ignoring case, so \"lead\" finds "
            + "\"leaders\". Texts with every word rank first, then titles before descriptors. Matched words "
            + "are highlighted in a terminal and marked **like this** otherwise. The exit status is 1 when "
            + "nothing matches.",
        arguments: [text],
        options: [level, limit, CommonOptions.json, CommonOptions.framework],
        examples: [
            ("competency search feedback", "everywhere \"feedback\" appears"),
            ("competency search safe environment --limit 5", "the five best matches for both words"),
            ("competency search coaching --level highest --json", "Highest impact descriptors, as JSON"),
        ])

    /// The JSON form.
    struct Results: Encodable {
        var query: String
        var total: Int
        var matches: [Match]
    }

    /// One match in JSON. `ranges` count Unicode scalars from the start of `text`.
    struct Match: Encodable {
        struct Span: Encodable {
            var start: Int
            var end: Int
        }
        var code: Code
        var kind: String
        var title: String
        var field: String
        var level: String?
        var levelName: String?
        var text: String
        var words: [String]
        var ranges: [Span]
        var score: Int
    }

    let query: String
    let levelName: String?
    let limit: Int
    let json: Bool

    init(_ arguments: ParsedArguments) throws(CommandError) {
        query = arguments[all: Self.text].joined(separator: " ")
        levelName = arguments[Self.level]
        json = arguments[CommonOptions.json]
        limit = arguments[Self.limit] ?? 20
        guard !TextWords.words(in: query).isEmpty else {
            throw .usage("search needs at least one word to look for")
        }
    }

    func run(_ context: CommandContext) throws(CommandError) -> ExitStatus {
        let framework = try context.framework()
        var level: ProficiencyLevel?
        if let levelName { level = try LevelLookup(framework: framework).level(levelName) }
        var matches = framework.search(query, limit: Int.max)
        if let level {
            matches = matches.filter { $0.field == .descriptor(level: level.id) }
        }
        let total = matches.count
        let shown = Array(matches.prefix(limit))
        if json {
            try context.printJSON(
                Results(query: query, total: total, matches: shown.map { jsonMatch($0, in: framework) }))
            return total == 0 ? .failure : .success
        }
        let layout = context.layout
        guard total > 0 else {
            context.print(layout.paragraph(StyledText("No matches for \"\(query)\".")))
            return .failure
        }
        var summary = "\(Plural.count(total, "match", plural: "matches")) for \"\(query)\""
        if total > shown.count { summary += ", showing the best \(shown.count) (--limit to see more)" }
        var out = layout.paragraph(StyledText(summary + ":"))
        let column = max(TreeCommand.column(shown.map(\.code)), 4)
        for match in shown {
            out += "\n"
            let node = framework.node(code: match.code.rawValue)
            switch match.field {
            case .title:
                let title = Excerpt.make(match.text, ranges: match.ranges, limit: Int.max)
                out += layout.hanging(.strong(match.code.rawValue), column: column, title)
            case .descriptor(let levelID):
                out += layout.hanging(.strong(match.code.rawValue), column: column, StyledText(node?.title ?? ""))
                let name = framework.levels.first { $0.id == levelID }?.name ?? levelID
                let room = max(40, (layout.width - column) * 2 - name.count - 4)
                let excerpt = Excerpt.make(match.text, ranges: match.ranges, limit: room)
                out += layout.paragraph(
                    .dim(name + ":") + StyledText(" ") + excerpt,
                    prefix: StyledText(String(repeating: " ", count: column)), indent: column)
            }
        }
        context.print(out)
        return .success
    }

    private func jsonMatch(_ match: SearchMatch, in framework: Framework) -> Match {
        let node = framework.node(code: match.code.rawValue)
        var level: String?
        var levelName: String?
        if case .descriptor(let id) = match.field {
            level = id
            levelName = framework.levels.first { $0.id == id }?.name
        }
        let scalars = match.text.unicodeScalars
        return Match(
            code: match.code, kind: node?.kind.rawValue ?? "", title: node?.title ?? "",
            field: level == nil ? "title" : "descriptor", level: level, levelName: levelName, text: match.text,
            words: match.ranges.map { String(match.text[$0]) },
            ranges: match.ranges.map {
                Match.Span(
                    start: scalars.distance(from: scalars.startIndex, to: $0.lowerBound),
                    end: scalars.distance(from: scalars.startIndex, to: $0.upperBound))
            },
            score: match.score)
    }
}

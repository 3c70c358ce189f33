import CompetencyKitInternals

extension WordDiff {
    /// The runs as styled text: added words marked as added, removed ones as removed.
    static func styled(_ runs: [Run]) -> StyledText {
        var text = StyledText()
        for (index, run) in runs.enumerated() {
            if index > 0 { text.append(" ") }
            let role: TextRole =
                switch run.change {
                case .same: .plain
                case .added: .added
                case .removed: .removed
                }
            text.append(run.text, role)
        }
        return text
    }
}

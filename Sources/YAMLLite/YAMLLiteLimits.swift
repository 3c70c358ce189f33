/// The limits that keep the parser's time and memory bounded on hostile input.
enum YAMLLiteLimits {
    /// Mappings and sequences nested deeper than this are rejected: no hand-written file
    /// needs more, and it bounds the parser's recursion.
    static let maximumDepth = 100
    /// YAML limits an implicit key to 1024 characters, counted from its first character to
    /// its `:`; PyYAML enforces exactly this, so a longer key would not load elsewhere.
    static let maximumKeyLength = 1024
    /// After this many errors the parser stops: the file needs fixing first, and a flood of
    /// follow-on errors helps nobody.
    static let maximumErrors = 100
    /// Warnings of one rule beyond this count are summarised in one final warning, so that
    /// (say) trailing spaces on every line cannot bury the rest.
    static let maximumWarningsPerRule = 20
}

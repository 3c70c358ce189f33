import CompetencyKitInternals

/// The JSON every `--json` option prints: the kit's one JSON writer (two-space indentation,
/// keys sorted by their bytes, the same bytes on every platform), so `competency show --json`
/// and `competency export --format json` spell JSON the same way.
enum JSONOutput {
    static func string(_ value: some Encodable) throws(CommandError) -> String {
        do {
            return JSONWriter(sortsKeys: true).write(try JSONValueEncoder().encode(value))
        } catch {
            throw .failure("cannot encode the result as JSON: \(error)")
        }
    }
}

/// Standard input can be read once: a second `-` would find it empty.
enum StandardInputUse {
    /// Refuses a command line that names standard input (`-`) more than once among `paths`
    /// (files read, and the `--framework` file if given).
    static func checkReadOnce(_ paths: [String?]) throws(CommandError) {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw .usage("standard input (-) can be read only once")
        }
    }
}

/// How a run of a command-line tool ends.
package enum ExitStatus: Int32, Sendable {
    /// The command did what was asked.
    case success = 0
    /// The command could not do it: a file has errors, something was not found, a file could
    /// not be read or written.
    case failure = 1
    /// The command line does not make sense (a ``UsageError``).
    case usage = 2
}

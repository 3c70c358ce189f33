import CompetencyTestSupport
import Foundation
import FrameworkLoading
import Testing

/// `competency` on every hostile file: the documented exit status, no crash, and nothing on
/// either stream but diagnostics, summaries and the framework's text made printable.
@Suite struct CLIRobustnessTests {
    static let files = Corpora.everyHostileFile + fixtures.files(in: "loads")

    @Test(arguments: files)
    func validate(_ url: URL) throws {
        let hasErrors = FrameworkFile.load(path: url.path).hasErrors
        let run = try CompetencyExecutable.run(["validate", url.path])
        #expect(run.status == (hasErrors ? 1 : 0), "\(url.lastPathComponent): exit status \(run.status)")
        Self.checkNoCrash(run, url)
        #expect(run.stderr.isEmpty, "\(url.lastPathComponent): \(run.stderr.prefix(300))")
        let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("1 file checked: "), "\(url.lastPathComponent): \(summary)")
        for line in run.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(
                Self.isDiagnosticOutput(line, path: url.path) || line == Substring(summary) || line.isEmpty,
                "\(url.lastPathComponent): unexpected line \(line.prefix(200))")
        }
    }

    @Test(arguments: files)
    func showOnAHostileFramework(_ url: URL) throws {
        let file = FrameworkFile.load(path: url.path)
        let run = try CompetencyExecutable.run(["show", "1a.i", "--framework", url.path])
        Self.checkNoCrash(run, url)
        if file.hasErrors {
            #expect(run.status == 1, "\(url.lastPathComponent): exit status \(run.status)")
            #expect(run.stdout.isEmpty)
        } else {
            let hasComponent = file.framework?.components.contains { $0.code.matches("1a.i") } ?? false
            #expect(run.status == (hasComponent ? 0 : 1), "\(url.lastPathComponent): exit status \(run.status)")
        }
        for line in run.stderr.split(separator: "\n") {
            let isSummary =
                line.hasPrefix("error: \(url.path) is not a usable framework")
                || line.hasPrefix("note: \(url.path) has ") || line.hasPrefix("error: no ")
            #expect(
                Self.isDiagnosticOutput(line, path: url.path) || isSummary,
                "\(url.lastPathComponent): unexpected line on stderr: \(line.prefix(200))")
        }
    }

    /// No crash report, and no character that would act on a terminal: the output is not a
    /// terminal here, so not even colour escapes belong in it.
    static func checkNoCrash(_ run: ProcessRun, _ url: URL) {
        for text in [run.stdout, run.stderr] {
            for marker in ["Fatal error", "Stack dump", "Backtrace", "Crash", "SIGSEGV", "SIGILL"] {
                #expect(!text.contains(marker), "\(url.lastPathComponent): \(marker)")
            }
            let bad = text.unicodeScalars.first {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            #expect(bad == nil, "\(url.lastPathComponent): U+\(String(bad?.value ?? 0, radix: 16)) in the output")
        }
        #expect(run.status == 0 || run.status == 1, "\(url.lastPathComponent): exit status \(run.status)")
    }

    /// A line of a rendered diagnostic: `path:line:col: severity: message [CODE]`, the echoed
    /// source line, the caret line, or the hint.
    static func isDiagnosticOutput(_ line: Substring, path: String) -> Bool {
        if line.hasPrefix(path + ":") {
            return line.contains(": error: ") || line.contains(": warning: ") || line.contains(": note: ")
        }
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("= hint: ") { return true }
        guard let bar = trimmed.firstIndex(of: "|") else { return false }
        return trimmed[..<bar].allSatisfy { $0.isNumber || $0 == " " }
    }
}

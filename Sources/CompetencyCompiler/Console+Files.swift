import CommandLineParsing
import FrameworkLoading

extension Console {
    /// The bytes of the file at `path`, read relative to the working directory, or of standard
    /// input for `-`; a problem names `path` as it was given.
    package func contents(ofFileAt path: String) -> Result<[UInt8], FileReading.Problem> {
        FileReading.bytes(atPath: path, readingAt: absolutePath(path), standardInput: standardInput.readAll)
    }

    /// The framework file at `path`, loaded from what ``contents(ofFileAt:)`` reads.
    package func loadFrameworkFile(_ path: String) -> FrameworkFile {
        FrameworkFile.load(path: path, contents: contents(ofFileAt: path))
    }
}

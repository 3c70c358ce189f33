import CompetencyDiagnostics

/// The YAML-lite parser: a strict subset of YAML 1.2 for hand-written files.
///
/// Every file YAML-lite accepts is valid YAML and means the same to any YAML parser; every
/// value is text. The subset is specified in `docs/YAML-lite.md` and its rule codes are
/// listed in `docs/diagnostics-yaml.md`.
///
/// ```swift
/// let result = YAMLLite.parse(bytes)
/// if result.diagnostics.containsErrors {
///     let renderer = DiagnosticRenderer(path: path, source: result.text)
///     for diagnostic in result.diagnostics { print(renderer.render(diagnostic)) }
/// } else if case .mapping(let mapping)? = result.document.root {
///     print(mapping["title"] as Any)
/// }
/// ```
///
/// Parsing never traps and takes time linear in the size of the input, whatever the input.
public enum YAMLLite {
    /// Parses the bytes of a file, which should be UTF-8.
    ///
    /// A leading UTF-8 byte order mark is skipped. Every problem found is reported, up to a
    /// cap; the document is only meaningful when there are no errors.
    public static func parse(_ bytes: [UInt8]) -> YAMLLiteParseResult {
        bytes.withUnsafeBufferPointer { parse(buffer: $0) }
    }

    /// Parses text that is already decoded, such as a string literal in a test.
    ///
    /// Locations count from the start of `text`, exactly as if its UTF-8 bytes were a file.
    public static func parse(_ text: String) -> YAMLLiteParseResult {
        var text = text
        return text.withUTF8 { parse(buffer: $0) }
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) -> YAMLLiteParseResult {
        var sink = DiagnosticSink()
        let scanned = InputScanner.scan(buffer, into: &sink)
        let textStart = scanned?.contentStart ?? 0
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[textStart...]), as: UTF8.self)
        guard let scanned, !sink.isFull else {
            return YAMLLiteParseResult(document: YAMLLiteDocument(root: nil), diagnostics: sink.finished(), text: text)
        }
        let source = SourceText(bytes: buffer, lines: scanned.lines, lastLineHasBreak: scanned.lastLineHasBreak)
        var parser = Parser(source: source, sink: sink)
        let root = parser.parseDocument()
        return YAMLLiteParseResult(
            document: YAMLLiteDocument(root: root), diagnostics: parser.sink.finished(), text: text)
    }
}

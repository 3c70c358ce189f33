// The invariants CompetencyKit's fuzzers check on every input. This one file is compiled into
// the fuzz targets (Fuzz/Sources/PipelineCheck) and, through a symbolic link, into
// Tests/RobustnessTests, so that every regression fixture is checked exactly as the fuzzer
// checked it. See docs/robustness.md.

import CompetencyCASE
import CompetencyCompiler
import CompetencyDiagnostics
@_spi(Generated) import CompetencyFramework
import Foundation
import FrameworkCodeGen
import FrameworkExport
import FrameworkLoading
import YAMLLite

/// Runs input through the whole pipeline and returns every broken invariant, as one line
/// each; an empty list means the input was handled correctly. Nothing here may trap on its
/// own account: a crash in a check is a crash in the code it calls.
public enum PipelineCheck {
    /// The rule codes the documentation lists (docs/diagnostics-yaml.md, docs/diagnostics.md).
    public static let documentedCodes: Set<String> = {
        var codes: Set<String> = ["G101", "G102"]
        for range in [101...110, 201...227, 301...310, 900...903] {
            for number in range { codes.insert("Y\(number)") }
        }
        for rule in FrameworkRule.allCases { codes.insert(rule.rawValue) }
        return codes
    }()

    /// Checks the bytes of a framework file: YAML-lite, loading, and for a file that loads,
    /// generation, exports and the framework-file round trip.
    public static func file(_ bytes: [UInt8], path: String = "fuzz.framework.yaml") -> [String] {
        var problems: [String] = []

        // Stage 1: YAML-lite on its own.
        let parsed = YAMLLite.parse(bytes)
        let locations = LocationModel(bytes: bytes, text: parsed.text)
        for diagnostic in parsed.diagnostics {
            problems += locations.check(diagnostic, stage: "YAML-lite")
        }
        if let overflow = parsed.diagnostics.firstIndex(where: { $0.code == "Y900" }),
            overflow != parsed.diagnostics.count - 1
        {
            problems.append("Y900 is not the last diagnostic")
        }
        if parsed.diagnostics.contains(where: { $0.code == "Y101" }), parsed.diagnostics.count != 1 {
            problems.append("Y101 is reported with other diagnostics: \(parsed.diagnostics.map(\.code))")
        }
        if !parsed.diagnostics.containsErrors, let root = parsed.document.root {
            var count = 0
            walk(root, depth: 1) { node, depth in
                count += 1
                if depth > 101 { problems.append("a node is nested \(depth) levels deep without Y902") }
                problems += locations.check(node.location, what: "node")
                if case .mapping(let mapping) = node {
                    var keys: [[UInt8]] = []
                    for entry in mapping.entries {
                        problems += locations.check(entry.key.location, what: "key")
                        keys.append(Array(entry.key.value.utf8))
                    }
                    if Set(keys).count != keys.count { problems.append("a mapping without errors has duplicate keys") }
                }
            }
        }
        let again = YAMLLite.parse(bytes)
        if again.diagnostics != parsed.diagnostics || again.document != parsed.document {
            problems.append("parsing the same bytes twice gave different results")
        }

        // Stage 2: loading the framework.
        let file = FrameworkFile.load(bytes: bytes, path: path)
        for diagnostic in file.diagnostics {
            problems += locations.check(diagnostic, stage: "loader")
            let rendered = file.render(diagnostic)
            if let bad = rendered.unicodeScalars.first(where: { $0 != "\n" && isUnsafeInTerminal($0) }) {
                problems.append(
                    "rendered diagnostic \(diagnostic.code) holds \(describe(bad)): \(debug(rendered, limit: 200))")
            }
        }
        let parseErrors = parsed.diagnostics.filter { $0.severity == .error }
        let fileErrors = file.diagnostics.filter { $0.severity == .error }
        for error in parseErrors where !file.diagnostics.contains(error) {
            problems.append("the loader lost the YAML-lite error \(error)")
        }
        if (file.framework == nil) != file.hasErrors {
            problems.append(
                "framework is \(file.framework == nil ? "nil" : "present") but errors are \(fileErrors.map(\.code))")
        }
        if !parsed.diagnostics.containsErrors && parsed.document.root == nil && file.framework != nil {
            problems.append("a file without a document loaded")
        }
        let reloaded = FrameworkFile.load(bytes: bytes, path: path)
        if reloaded.diagnostics != file.diagnostics || !strictlyEqual(reloaded.framework, file.framework) {
            problems.append("loading the same bytes twice gave different results")
        }
        guard let framework = file.framework else { return problems }

        // Stage 3: a loaded framework is valid, and everything downstream handles it.
        problems += validity(framework)
        let compilation = FrameworkCompilation(file: file)
        problems += generated(compilation.source, diagnostics: compilation.diagnostics, for: framework)
        problems += model(framework, checkGeneration: false)
        return problems
    }

    /// Checks a framework that is valid by the loader's rules (one that loaded, or one made
    /// to be valid): JSON, CASE and framework-file round trips, generation and the exports.
    public static func model(_ framework: Framework, checkGeneration: Bool = true) -> [String] {
        var problems: [String] = []

        // JSON export → model is the identity, and the export is deterministic.
        let json = JSONExport.render(framework)
        if json != JSONExport.render(framework) { problems.append("JSON export is not deterministic") }
        do {
            let decoded = try JSONExport.decode(json)
            if !strictlyEqual(decoded, framework) {
                problems.append("JSON round trip changed the framework: \(difference(framework, decoded))")
            }
        } catch {
            problems.append("JSON export does not decode: \(error)")
        }

        // Framework-file writer → loader is the identity, and writing is idempotent.
        let text = FrameworkFileWriter.render(framework)
        let written = FrameworkFile.load(text: text, path: "written.framework.yaml")
        if let reread = written.framework {
            if !strictlyEqual(reread, framework) {
                problems.append("framework-file round trip changed the framework: \(difference(framework, reread))")
            } else if FrameworkFileWriter.render(reread) != text {
                problems.append("writing the re-read framework gave different text")
            }
        } else if writerCanRepresent(framework) {
            let errors = written.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.description)
            problems.append("the written framework file does not load: \(errors) in \(debug(text, limit: 600))")
        }

        // CASE export → CASE import gives back the same framework (docs/exports.md).
        let caseText = CASEExport.render(framework)
        if caseText != CASEExport.render(framework) { problems.append("CASE export is not deterministic") }
        do {
            let imported = try CASEImport.read(caseText)
            if !strictlyEqual(imported.framework, framework) {
                problems.append("CASE round trip changed the framework: \(difference(framework, imported.framework))")
            }
        } catch {
            problems.append("CASE export does not import: \(error)")
        }

        // The other exports only need to finish, the same way every time.
        if MarkdownExport.render(framework) != MarkdownExport.render(framework) {
            problems.append("Markdown export is not deterministic")
        }
        if CSVExport.render(framework) != CSVExport.render(framework) {
            problems.append("CSV export is not deterministic")
        }
        _ = CSVExport.render(framework, guardingFormulas: true)
        if HTMLExport.render(framework) != HTMLExport.render(framework) {
            problems.append("HTML export is not deterministic")
        }

        if checkGeneration {
            let output = SwiftGenerator(sourceFileName: "Fuzz.framework.yaml").generate(framework)
            problems += generated(
                output.diagnostics.containsErrors ? nil : output.source, diagnostics: output.diagnostics,
                for: framework)
        }
        return problems
    }

    // MARK: - Generated Swift

    /// The lines of generated Swift that declare or document something, sorted, without
    /// indentation, closing braces, extensions, imports and `//` comments: what must be the
    /// same however many files the code is split into.
    public static func declarations(_ source: String) -> [Substring] {
        source.split(separator: "\n")
            .map { $0.drop { $0 == " " } }
            .filter { line in
                !(line == "}" || line.hasPrefix("extension ") || line.hasPrefix("import ")
                    || line.hasPrefix("@_spi(Generated) public import ")
                    || line.hasPrefix("// "))
            }
            .sorted()
    }

    /// Checks generated Swift without compiling it: the code outside comments is ASCII, no
    /// line holds a character that could end a comment or reorder the text, every declared
    /// name is an identifier and unique in its enum, and the archive literal decodes to
    /// exactly the framework.
    public static func generated(_ source: String?, diagnostics: [Diagnostic], for framework: Framework) -> [String] {
        var problems: [String] = []
        let generationErrors = diagnostics.filter { $0.severity == .error && $0.code.hasPrefix("G") }
        guard let source else {
            if generationErrors.isEmpty { problems.append("no Swift was generated, but there is no G error") }
            return problems
        }
        if !generationErrors.isEmpty { problems.append("Swift was generated despite \(generationErrors)") }
        if source.isEmpty { problems.append("the generated Swift is empty") }
        let again = SwiftGenerator(sourceFileName: "Fuzz.framework.yaml").generate(framework).source
        let first = SwiftGenerator(sourceFileName: "Fuzz.framework.yaml").generate(framework).source
        if again != first { problems.append("generation is not deterministic") }
        let split = SwiftGenerator(sourceFileName: "Fuzz.framework.yaml").generate(framework, parts: 3).files
        if split.count != 3 {
            problems.append("generation in 3 parts gave \(split.count) files")
        } else if declarations(split.joined()) != declarations(source) {
            problems.append("generation in 3 parts declares something else than in one file")
        }

        var caseNames: [[String]] = [[]]
        var enumIndents: [Int] = [-1]
        var archiveLines: [Substring] = []
        var inArchive = false
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let bad = line.unicodeScalars.first(where: { isUnsafeInSource($0) }) {
                problems.append(
                    "generated line \(number + 1) holds \(describe(bad)): \(debug(String(line), limit: 160))")
                continue
            }
            if inArchive {
                if line == "\"\"\"" {
                    inArchive = false
                } else {
                    archiveLines.append(line)
                }
                continue
            }
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.hasPrefix("//") { continue }
            if line == "\"\"\"" {
                inArchive = true
                continue
            }
            if let bad = line.unicodeScalars.first(where: { !$0.isASCII }) {
                problems.append("generated code (not a comment) on line \(number + 1) holds \(describe(bad))")
            }
            if trimmed == "}" {
                if enumIndents.last == indent {
                    enumIndents.removeLast()
                    let names = caseNames.removeLast()
                    let lowered = names.map { $0.lowercased() }
                    if Set(lowered).count != lowered.count {
                        problems.append("an enum ending on line \(number + 1) has clashing cases: \(names)")
                    }
                }
                continue
            }
            let words = trimmed.split(separator: " ")
            if words.count >= 3, words[0] == "public", words[1] == "enum" {
                let name = String(words[2].prefix { $0 != ":" })
                if !isIdentifier(name) { problems.append("enum name \(debug(name, limit: 80)) is not an identifier") }
                enumIndents.append(indent)
                caseNames.append([])
            } else if words.count >= 2, words[0] == "case", !words[1].hasPrefix(".") {
                var name = String(words[1].prefix { $0 != "(" })
                if name.hasPrefix("`") && name.hasSuffix("`") && name.count > 2 {
                    name = String(name.dropFirst().dropLast())
                    if !swiftKeywords.contains(name) { problems.append("needless backticks around \(name)") }
                } else if swiftKeywords.contains(name) {
                    problems.append("case \(name) is a keyword without backticks")
                }
                if !isIdentifier(name) { problems.append("case name \(debug(name, limit: 80)) is not an identifier") }
                caseNames[caseNames.count - 1].append(name)
            }
        }
        switch unescapeSwiftLiteral(archiveLines) {
        case .success(let archive):
            if let decoded = FrameworkArchive.decode(sourceForm: archive) {
                if !strictlyEqual(decoded, framework) {
                    problems.append(
                        "the generated archive decodes to another framework: \(difference(framework, decoded))")
                }
            } else {
                problems.append("the generated archive does not decode")
            }
        case .failure(let problem):
            problems.append("the generated archive literal is malformed: \(problem.description)")
        }
        return problems
    }

    /// The value of the body of a multi-line Swift string literal written by the generator:
    /// printable ASCII with `\\`, `\"`, `\n`, `\t` and `\u{…}` escapes, lines joined by a
    /// trailing backslash.
    static func unescapeSwiftLiteral(_ lines: [Substring]) -> Result<String, Problem> {
        var result = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            var scalars = line.unicodeScalars[...]
            var continued = false
            while let scalar = scalars.popFirst() {
                guard scalar == "\\" else {
                    guard scalar.value >= 0x20 && scalar.value < 0x7F, scalar != "\"" else {
                        return .failure(Problem("raw \(describe(scalar)) in the literal"))
                    }
                    result.append(scalar)
                    continue
                }
                guard let code = scalars.popFirst() else {
                    continued = true
                    break
                }
                switch code {
                case "\\": result.append("\\")
                case "\"": result.append("\"")
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "u":
                    guard scalars.popFirst() == "{" else { return .failure(Problem("\\u without {")) }
                    var hex = ""
                    while let digit = scalars.popFirst(), digit != "}" { hex.unicodeScalars.append(digit) }
                    // Swift rejects U+FDD0...U+FDEF in an escape ("invalid unicode scalar").
                    guard (1...8).contains(hex.count), let value = UInt32(hex, radix: 16),
                        let decoded = Unicode.Scalar(value), !(0xFDD0...0xFDEF).contains(value)
                    else { return .failure(Problem("bad escape \\u{\(hex)}")) }
                    result.append(decoded)
                default:
                    return .failure(Problem("unknown escape \\\(code)"))
                }
            }
            let isLast = index == lines.count - 1
            if continued == isLast { return .failure(Problem("line \(index + 1) of the literal is joined wrongly")) }
        }
        return .success(String(result))
    }

    // MARK: - The loaded framework

    /// What the loader promises about a framework it returns.
    public static func validity(_ framework: Framework) -> [String] {
        var problems: [String] = []
        let metadata = framework.metadata
        if !isKebabCase(metadata.id) {
            problems.append("framework id \(debug(metadata.id, limit: 80)) is not kebab-case")
        }
        if metadata.title.isEmpty { problems.append("the title is empty") }
        if framework.levels.isEmpty { problems.append("no levels") }
        if framework.domains.isEmpty { problems.append("no domains") }
        var levelIDs: Set<String> = []
        for level in framework.levels {
            if !isKebabCase(level.id) { problems.append("level id \(debug(level.id, limit: 80)) is not kebab-case") }
            if !levelIDs.insert(level.id).inserted { problems.append("level id \(level.id) twice") }
            if level.name.isEmpty { problems.append("a level name is empty") }
        }
        let symbols =
            [metadata.symbol] + framework.levels.map(\.symbol) + framework.domains.map(\.symbol)
            + framework.subdomains.map(\.symbol) + framework.components.map(\.symbol)
        for symbol in symbols.compactMap({ $0 }) where !isIdentifier(symbol) || symbol == "_" {
            problems.append("symbol \(debug(symbol, limit: 80)) is not an identifier")
        }
        var codes: Set<String> = []
        let allCodes =
            framework.domains.map(\.code) + framework.subdomains.map(\.code) + framework.components.map(\.code)
        for code in allCodes {
            if !code.isWellFormed { problems.append("code \(debug(code.rawValue, limit: 80)) is not well formed") }
            if !codes.insert(code.lookupKey).inserted { problems.append("code \(code) twice") }
        }
        for domain in framework.domains where domain.subdomains.isEmpty {
            problems.append("domain \(domain.code) has no subdomains")
        }
        for subdomain in framework.subdomains where subdomain.components.isEmpty {
            problems.append("subdomain \(subdomain.code) has no components")
        }
        for component in framework.components {
            if component.title.isEmpty { problems.append("component \(component.code) has no title") }
            if component.descriptors.map(\.level) != framework.levels.map(\.id) {
                problems.append("component \(component.code) does not describe every level in order")
            }
            for entry in component.descriptors {
                switch entry.descriptor {
                case .text(let text) where text.isEmpty, .gap(let text) where text.isEmpty:
                    problems.append("component \(component.code) has an empty descriptor or gap")
                default: break
                }
            }
        }
        return problems
    }

    /// Whether ``FrameworkFileWriter`` can write `framework` so that it loads (its documented
    /// limits: empty lists cannot be written, and level ids longer than 1024 characters cannot
    /// be keys).
    static func writerCanRepresent(_ framework: Framework) -> Bool {
        !framework.levels.isEmpty && !framework.domains.isEmpty && framework.levels.allSatisfy { $0.id.count <= 1000 }
            && framework.domains.allSatisfy { !$0.subdomains.isEmpty }
            && framework.subdomains.allSatisfy { !$0.components.isEmpty }
    }

    // MARK: - Comparing frameworks exactly

    /// Equality that also tells canonically equivalent strings apart: Swift's `==` on
    /// `String` says "é" (one scalar) equals "é" (e and a combining accent), but a round trip
    /// that turns one into the other has changed the author's text.
    public static func strictlyEqual(_ a: Framework?, _ b: Framework?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?):
            a == b && Array(FrameworkArchive.encode(a).utf8) == Array(FrameworkArchive.encode(b).utf8)
        default: false
        }
    }

    /// The first line where the JSON forms of two frameworks differ, for messages.
    public static func difference(_ expected: Framework, _ actual: Framework) -> String {
        let left = JSONExport.render(expected).split(separator: "\n", omittingEmptySubsequences: false)
        let right = JSONExport.render(actual).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (a, b)) in zip(left, right).enumerated() where !a.unicodeScalars.elementsEqual(b.unicodeScalars) {
            return
                "JSON line \(index + 1): expected \(debug(String(a), limit: 120)), got \(debug(String(b), limit: 120))"
        }
        return left.count == right.count ? "(no visible difference)" : "JSON has \(left.count) vs \(right.count) lines"
    }

    // MARK: - Locations

    /// Every location must point into the file: a line that exists, a column on it (or just
    /// past its end), and a byte offset that agrees with both.
    final class LocationModel {
        let bytes: [UInt8]
        /// The number of Unicode scalars on each line of the decoded text, split the way
        /// `DiagnosticRenderer` splits it.
        let lineLengths: [Int]
        let isValidUTF8: Bool
        /// The byte offset where each line starts (after a leading byte order mark).
        private var lineStarts: [Int] = []
        /// The last position found on each line, to count on from (linear on long lines).
        private var lastOnLine: [Int: (offset: Int, column: Int)] = [:]

        init(bytes: [UInt8], text: String) {
            self.bytes = bytes
            var lengths: [Int] = []
            var current = 0
            var previousWasCR = false
            for scalar in text.unicodeScalars {
                if scalar == "\n" {
                    if !previousWasCR { lengths.append(current) }
                    current = 0
                    previousWasCR = false
                } else if scalar == "\r" {
                    lengths.append(current)
                    current = 0
                    previousWasCR = true
                } else {
                    current += 1
                    previousWasCR = false
                }
            }
            lengths.append(current)
            lineLengths = lengths
            isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
            guard isValidUTF8 else { return }
            var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            lineStarts = [index]
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0x0A || (byte == 0x0D && !(index < bytes.count && bytes[index] == 0x0A)) {
                    lineStarts.append(index)
                }
            }
        }

        func check(_ diagnostic: Diagnostic, stage: String) -> [String] {
            var problems = check(diagnostic.location, what: "\(stage) \(diagnostic.code)")
            if !PipelineCheck.documentedCodes.contains(diagnostic.code) {
                problems.append("undocumented code \(diagnostic.code)")
            }
            // Messages quote the file's text; what is printed must still be one safe line.
            for (form, text) in [
                ("compiler form", diagnostic.formatted(path: "p")), ("description", diagnostic.description),
            ] {
                if let bad = text.unicodeScalars.first(where: { isUnsafeInTerminal($0) || isLineBreak($0) }) {
                    problems.append(
                        "\(diagnostic.code) in \(form) holds \(describe(bad)): \(debug(text, limit: 160))")
                }
            }
            if diagnostic.message.isEmpty { problems.append("\(diagnostic.code) has an empty message") }
            return problems
        }

        func check(_ location: SourceLocation, what: String) -> [String] {
            guard location.line >= 1, location.line <= lineLengths.count else {
                return ["\(what) at line \(location.line) of \(lineLengths.count)"]
            }
            let length = lineLengths[location.line - 1]
            guard location.column >= 1, location.column <= length + 1 else {
                return ["\(what) at \(location) but line \(location.line) has \(length) characters"]
            }
            guard location.offset >= 0, location.offset <= bytes.count else {
                return ["\(what) at offset \(location.offset) of \(bytes.count)"]
            }
            if isValidUTF8, location.offset > 0 || location != .start {
                let expected = position(of: location.offset)
                if expected.line != location.line || expected.column != location.column {
                    return [
                        "\(what) at \(location) but offset \(location.offset) is \(expected.line):\(expected.column)"
                    ]
                }
            }
            return []
        }

        /// The line and column of byte `offset` in valid UTF-8: LF, CRLF and CR end lines,
        /// columns count scalars, and a leading byte order mark takes no column.
        func position(of offset: Int) -> (line: Int, column: Int) {
            // The last line starting at or before `offset`; a CR of a CRLF belongs to its line.
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            var (index, column) = (lineStarts[low], 1)
            if let last = lastOnLine[low], last.offset <= offset { (index, column) = last }
            while index < offset && index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 && bytes[index] != 0x0D && bytes[index] != 0x0A { column += 1 }
                index += 1
            }
            lastOnLine[low] = (offset, column)
            return (low + 1, column)
        }
    }

    // MARK: - Helpers

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    static func walk(_ node: YAMLNode, depth: Int, _ visit: (YAMLNode, Int) -> Void) {
        // An explicit stack: a hostile document must not overflow the checker's own stack.
        var stack: [(YAMLNode, Int)] = [(node, depth)]
        while let (node, depth) = stack.popLast() {
            visit(node, depth)
            switch node {
            case .scalar: break
            case .mapping(let mapping): stack += mapping.entries.map { ($0.value, depth + 1) }
            case .sequence(let sequence): stack += sequence.items.map { ($0, depth + 1) }
            }
        }
    }

    /// Characters that must never reach a terminal raw: controls (which move the cursor, start
    /// escape sequences or end the line) and bidirectional embeddings, overrides and isolates
    /// (which reorder what is shown).
    static func isUnsafeInTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// Unicode line breaks, which end a compiler-style diagnostic line for some readers.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Characters that must not appear anywhere in generated Swift: anything that could end
    /// a `//` comment early (line breaks of any kind) or make the source read differently from
    /// how it compiles (bidirectional controls), and NUL.
    static func isUnsafeInSource(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || (0x2028...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
            || value == 0xFEFF
    }

    static let swiftKeywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package",
        "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
        "some", "any", "each", "macro", "actor", "async", "Type", "Protocol",
    ]

    /// `[A-Za-z_][A-Za-z0-9_]*`, not `_`.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name != "_" else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
        }
        return isLetter(first) && name.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) }
    }

    static func isKebabCase(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, first != 0x2D, last != 0x2D,
            !text.contains("--")
        else { return false }
        return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every character outside printable ASCII escaped, cut to `limit`.
    static func debug(_ text: String, limit: Int) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if result.count >= limit {
                result += "…"
                break
            }
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return "\"" + result + "\""
    }
}

// yaml-lite FILE...   ("-" reads standard input)
//
// Prints each file's document as one line of compact JSON on standard output (`null` for a
// file with no document; possibly partial for a file with errors), and its diagnostics as
// `path:line:col: severity: message [CODE]` on standard error. Exits 1 if any file has an
// error, 2 on a usage error. Used by scripts/yaml-conformance.py to compare with PyYAML.

import CompetencyDiagnostics
import CompetencyKitInternals
import YAMLLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard error through the file descriptor, which (unlike the C `stderr`
/// global) involves no shared mutable state.
func writeError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

/// All bytes of the file at `path` (`-`: standard input), or `nil` if it cannot be read.
func readAll(path: String) -> [UInt8]? {
    let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { if descriptor != 0 { close(descriptor) } }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { return nil }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
}

let paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty {
    writeError("usage: yaml-lite FILE...   (\"-\" reads standard input)\n")
    exit(2)
}
var failed = false
for path in paths {
    guard let bytes = readAll(path: path) else {
        writeError("\(path): error: cannot read the file\n")
        print("null")
        failed = true
        continue
    }
    let result = YAMLLite.parse(bytes)
    for diagnostic in result.diagnostics {
        writeError(diagnostic.formatted(path: path) + "\n")
    }
    if result.diagnostics.containsErrors { failed = true }
    print(DocumentJSON.line(result.document))
}
exit(failed ? 1 : 0)

import CompetencyFramework
import Foundation
import FrameworkExport
import FrameworkSynth

// The generated-code property test; scripts/codegen-property.sh builds the tools and runs this.
//
// For K frameworks made from a seed (FrameworkSynth: hostile text in every text field, random
// titles and symbols): write each as a framework file with FrameworkFileWriter and its expected
// JSON with JSONExport; compile all of them with competency-compiler; compile the generated Swift
// in batches together with Fuzz/PropertyCheck/Checker.swift and a main that checks each one; run.
// A framework may be refused only with a G error (a symbol that clashes or is reserved).

struct Options {
    var seed: UInt64 = 1
    var count = 20
    var work = ""
    var compiler = ""
    var swiftc = "swiftc"
    var modulePath = ""
    /// The folders of object files generated code links with: the model and what it imports.
    var objects: [String] = []
    var checker = ""
    var batchSize = 25
    var jobs = 2

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let value = rest.popFirst() ?? ""
            switch argument {
            case "--seed": seed = UInt64(value) ?? 1
            case "--count": count = Int(value) ?? 20
            case "--work": work = value
            case "--compiler": compiler = value
            case "--swiftc": swiftc = value
            case "--module-path": modulePath = value
            case "--objects": objects.append(value)
            case "--checker": checker = value
            case "--batch": batchSize = max(1, Int(value) ?? 25)
            case "--jobs": jobs = max(1, Int(value) ?? 2)
            default:
                fail("unknown argument \(argument)")
            }
        }
        if work.isEmpty || compiler.isEmpty || modulePath.isEmpty || objects.isEmpty || checker.isEmpty {
            fail(
                "usage: codegen-property --seed N --count K --work DIR --compiler PATH --module-path DIR "
                    + "--objects DIR [--objects DIR...] --checker FILE [--swiftc PATH] [--batch N] [--jobs N]")
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("codegen-property: \(message)\n".utf8))
    exit(2)
}

@discardableResult
func run(_ executable: String, _ arguments: [String], output: URL? = nil) -> (status: Int32, text: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let log = output ?? FileManager.default.temporaryDirectory.appendingPathComponent("cgp-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try! FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    do { try process.run() } catch { fail("cannot run \(executable): \(error)") }
    process.waitUntilExit()
    try? handle.close()
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    if output == nil { try? FileManager.default.removeItem(at: log) }
    return (process.terminationStatus, text)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let fm = FileManager.default
let work = URL(fileURLWithPath: options.work, isDirectory: true)
let frameworksDir = work.appendingPathComponent("frameworks")
let expectedDir = work.appendingPathComponent("expected")
let generatedDir = work.appendingPathComponent("generated")
let batchesDir = work.appendingPathComponent("batches")
try? fm.removeItem(at: work)
for dir in [frameworksDir, expectedDir, generatedDir, batchesDir] {
    try! fm.createDirectory(at: dir, withIntermediateDirectories: true)
}

// 1. Frameworks, written as framework files and as the JSON they must come back as.
var names: [String] = []
var symbolFrameworks = 0
for index in 0..<options.count {
    var entropy = SeededEntropy(seed: options.seed &* 1_000_003 &+ UInt64(index))
    let framework = FrameworkSynth.framework(&entropy, size: .small, index: index)
    let name = "F\(index)"
    names.append(name)
    if framework.metadata.symbol != nil { symbolFrameworks += 1 }
    try! Data(FrameworkFileWriter.render(framework).utf8)
        .write(to: frameworksDir.appendingPathComponent("\(name).framework.yaml"))
    try! Data(JSONExport.render(framework).utf8).write(to: expectedDir.appendingPathComponent("\(name).json"))
}

// 2. competency-compiler, on all of them at once.
let inputs = names.map { frameworksDir.appendingPathComponent("\($0).framework.yaml").path }
let compiled = run(options.compiler, inputs + ["--output-directory", generatedDir.path])
var refusedWithG: [String] = []
var failures: [String] = []
let diagnosticLines = compiled.text.split(separator: "\n").filter { $0.contains(": error: ") }
for name in names {
    let generated = generatedDir.appendingPathComponent("\(name).framework.swift")
    let errors = diagnosticLines.filter { $0.contains("/\(name).framework.yaml:") }
    if fm.fileExists(atPath: generated.path) {
        if !errors.isEmpty { failures.append("\(name): Swift was written despite errors: \(errors)") }
    } else if !errors.isEmpty && errors.allSatisfy({ $0.hasSuffix("[G101]") || $0.hasSuffix("[G102]") }) {
        refusedWithG.append(name)
    } else {
        failures.append("\(name): no Swift and not a G error: \(errors.prefix(3))")
    }
}

// 3. Batches whose framework types have different names (two random titles can give the same
// name, which is fine in two modules but not in one), alternating Swift 5 and 6 modes.
var typeNames: [String: String] = [:]
for name in names where !refusedWithG.contains(name) {
    let path = generatedDir.appendingPathComponent("\(name).framework.swift").path
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
    for line in source.split(separator: "\n") where line.hasPrefix("public enum ") {
        if line.hasSuffix(": CompetencyFramework.TypedFramework {") {
            typeNames[name] = String(line.dropFirst("public enum ".count).prefix { $0 != ":" })
            break
        }
    }
    if typeNames[name] == nil { failures.append("\(name): no framework type in the generated Swift") }
}
var batches: [[String]] = []
var pending = names.filter { typeNames[$0] != nil }
while !pending.isEmpty {
    var batch: [String] = []
    var used: Set<String> = []
    var later: [String] = []
    for name in pending {
        let type = typeNames[name]!
        if batch.count < options.batchSize, used.insert(type).inserted {
            batch.append(name)
        } else {
            later.append(name)
        }
    }
    batches.append(batch)
    pending = later
}

let objects = options.objects.flatMap { folder in
    let files = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".swift.o") }
    if files.isEmpty { fail("no object files in \(folder)") }
    return files.sorted().map { folder + "/" + $0 }
}

let lock = NSLock()
var checkedFrameworks = 0
var compiledBatches = 0
DispatchQueue.concurrentPerform(iterations: batches.count) { number in
    let batch = batches[number]
    let dir = batchesDir.appendingPathComponent("batch\(number)")
    try! fm.createDirectory(at: dir, withIntermediateDirectories: true)
    var main = "import CompetencyFramework\nimport Foundation\n\nvar failed: Swift.Int = 0\n"
    for name in batch {
        let expected = expectedDir.appendingPathComponent("\(name).json").path
        main += "failed += check(\"\(name)\", \(typeNames[name]!).self, expected: \"\(expected)\")\n"
    }
    main +=
        "Swift.print(\"checked \\(\(batch.count) - failed) of \(batch.count)\")\nexit(failed == 0 ? 0 : 1)\n"
    try! Data(main.utf8).write(to: dir.appendingPathComponent("main.swift"))
    let sources =
        [dir.appendingPathComponent("main.swift").path, options.checker]
        + batch.map { generatedDir.appendingPathComponent("\($0).framework.swift").path }
    let binary = dir.appendingPathComponent("check").path
    let mode = number % 2 == 0 ? "6" : "5"
    let swiftc = run(
        options.swiftc,
        ["-swift-version", mode, "-Onone", "-I", options.modulePath, "-module-name", "Batch\(number)"] + sources
            + objects + ["-o", binary],
        output: dir.appendingPathComponent("swiftc.log"))
    guard swiftc.status == 0 else {
        lock.withLock {
            failures.append(
                "batch \(number) (Swift \(mode), \(batch.joined(separator: " "))) does not compile:\n"
                    + swiftc.text.split(separator: "\n").filter { $0.contains("error:") }.prefix(10).joined(
                        separator: "\n"))
        }
        return
    }
    let result = run(binary, [], output: dir.appendingPathComponent("run.log"))
    lock.withLock {
        compiledBatches += 1
        let ok = result.text.split(separator: "\n").last.flatMap { line -> Int? in
            let words = line.split(separator: " ")
            return words.count >= 2 && words[0] == "checked" ? Int(words[1]) : nil
        }
        checkedFrameworks += ok ?? 0
        if result.status != 0 {
            failures.append("batch \(number) (Swift \(mode)) failed at run time:\n" + result.text)
        }
    }
}

print(
    """
    seed \(options.seed): \(options.count) frameworks (\(symbolFrameworks) with a framework symbol), \
    \(refusedWithG.count) refused with a G101/G102 error, \(checkedFrameworks) compiled and checked exactly \
    in \(compiledBatches) of \(batches.count) batches
    """)
if failures.isEmpty {
    print("PASS")
    exit(0)
}
for failure in failures { print("FAIL " + failure) }
print("work directory kept: \(work.path)")
exit(1)

// parse-bench: in-process timing of CompetencyKit's parser and validator against Yams and
// Foundation's JSONSerialization, and of the parser on adversarial inputs.
//
//   parse-bench throughput --yaml F.yaml --json F.json [--yaml G.yaml --json G.json ...]
//                          [--rounds N] [--warmup W]
//   parse-bench stress FILE [--rounds N]
//   parse-bench one --parser NAME|none --yaml F.yaml --json F.json
//
// Prints one JSON object on standard output with every raw sample (seconds, wall clock and
// this thread's CPU time); Benchmarks/scripts/run.py computes medians and spreads.
//
// The harness is deliberately simple and careful rather than clever: inputs are read into
// memory before timing (bytes for YAML-lite, a String for Yams, Data for JSONSerialization:
// each parser's natural input, made outside the timed region); W warm-up rounds are thrown
// away; then N rounds each run every parser once, in turn, so that a burst of load from
// elsewhere on the machine falls on all parsers alike rather than on one of them. Every
// result is checked once before timing (no errors; all parsers see the same tree) and is
// consumed after timing, so that no work can be optimised away.
import CompetencyDiagnostics
import Foundation
import FrameworkLoading
import YAMLLite
import Yams

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - Clocks

func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

struct Sample {
    var wall: Double
    var cpu: Double
}

/// Runs `body` once and returns its wall and thread-CPU time, and its result: the result is
/// freed by the caller, after the clocks stop, so that no parser is timed tearing its tree down.
@inline(never)
func measure<T>(_ body: () -> T) -> (Sample, T) {
    let w0 = seconds(CLOCK_MONOTONIC)
    let c0 = seconds(CLOCK_THREAD_CPUTIME_ID)
    let result = body()
    let c1 = seconds(CLOCK_THREAD_CPUTIME_ID)
    let w1 = seconds(CLOCK_MONOTONIC)
    return (Sample(wall: w1 - w0, cpu: c1 - c0), result)
}

/// Keeps results alive so the optimiser cannot drop the work that made them.
nonisolated(unsafe) var sink = 0

// MARK: - JSON output (no Foundation encoder: keep the output's shape obvious)

func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

func jsonSamples(_ samples: [Sample]) -> String {
    let wall = samples.map { String(format: "%.6f", $0.wall) }.joined(separator: ",")
    let cpu = samples.map { String(format: "%.6f", $0.cpu) }.joined(separator: ",")
    return "{\"wall\":[\(wall)],\"cpu\":[\(cpu)]}"
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parse-bench: \(message)\n".utf8))
    exit(1)
}

func readBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return [UInt8](data)
}

// MARK: - Trees, for checking that every parser read the same data

/// A YAML-lite node as Foundation objects (every scalar a string), like JSONSerialization's.
func foundationObject(_ node: YAMLNode) -> Any {
    switch node {
    case .scalar(let scalar): return scalar.value
    case .sequence(let sequence): return sequence.items.map(foundationObject)
    case .mapping(let mapping):
        var dictionary: [String: Any] = [:]
        for entry in mapping.entries { dictionary[entry.key.value] = foundationObject(entry.value) }
        return dictionary
    }
}

func sameTree(_ a: Any?, _ b: Any?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return NSArray(object: a).isEqual(NSArray(object: b))
}

// MARK: - Throughput

struct Parser {
    var name: String
    /// Parses and returns the result (kept alive until after timing) and a number derived
    /// from it (added to `sink`).
    var run: () -> (Any, Int)
}

/// The parsers compared, each over its natural input (made by the caller, outside timing).
func makeParsers(bytes: [UInt8], text: String, jsonData: Data, path: String) -> [Parser] {
    [
        Parser(name: "yamllite-parse") {
            let r = YAMLLite.parse(bytes)
            return (r, r.diagnostics.count + (r.document.root == nil ? 0 : 1))
        },
        Parser(name: "yamllite-load") {
            let f = FrameworkFile.load(bytes: bytes, path: path)
            return (f, f.diagnostics.count + (f.framework?.domains.count ?? 0))
        },
        Parser(name: "yams-compose") {
            let node = try? Yams.compose(yaml: text)
            return (node as Any, node == nil ? 0 : 1)
        },
        Parser(name: "yams-load") {
            let any = try? Yams.load(yaml: text)
            return (any as Any, any == nil ? 0 : 1)
        },
        Parser(name: "jsonserialization") {
            let any = try? JSONSerialization.jsonObject(with: jsonData)
            return (any as Any, any == nil ? 0 : 1)
        },
    ]
}

/// Options shared by the modes: `--yaml`/`--json` pairs, `--parser` and numbers.
struct Options {
    var yamlPaths: [String] = []
    var jsonPaths: [String] = []
    var numbers: [String: Int] = [:]
    var parser: String?

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            guard i + 1 < arguments.count else { fail("\(a) needs a value") }
            let v = arguments[i + 1]
            switch a {
            case "--yaml": yamlPaths.append(v)
            case "--json": jsonPaths.append(v)
            case "--parser": parser = v
            case "--rounds", "--warmup":
                guard let n = Int(v), n >= 0 else { fail("\(a) needs a number") }
                numbers[a] = n
            default: fail("unknown option \(a)")
            }
            i += 2
        }
        guard !yamlPaths.isEmpty, yamlPaths.count == jsonPaths.count else {
            fail("give --yaml and --json in pairs")
        }
    }
}

/// `one --parser NAME|none --yaml F --json F`: reads the inputs and runs one parser once (or
/// none), for counting instructions under callgrind: `none` measures the harness alone.
func one(_ arguments: [String]) {
    let options = Options(arguments)
    let bytes = readBytes(options.yamlPaths[0])
    let text = String(decoding: bytes, as: UTF8.self)
    let jsonData = Data(readBytes(options.jsonPaths[0]))
    let name = options.parser ?? "none"
    if name != "none" {
        guard
            let parser = makeParsers(bytes: bytes, text: text, jsonData: jsonData, path: options.yamlPaths[0])
                .first(where: { $0.name == name })
        else { fail("unknown parser \(name)") }
        sink &+= parser.run().1
    }
    print("{\"parser\":\(jsonString(name)),\"sink\":\(sink)}")
}

/// `throughput`: every parser on every file, in rounds; prints the raw samples.
func throughput(_ arguments: [String]) {
    let options = Options(arguments)
    let yamlPaths = options.yamlPaths
    let jsonPaths = options.jsonPaths
    let rounds = options.numbers["--rounds"] ?? 11
    let warmup = options.numbers["--warmup"] ?? 2

    var files: [String] = []
    for (yamlPath, jsonPath) in zip(yamlPaths, jsonPaths) {
        let bytes = readBytes(yamlPath)
        let text = String(decoding: bytes, as: UTF8.self)
        let jsonData = Data(readBytes(jsonPath))
        let expected = try? JSONSerialization.jsonObject(with: jsonData)

        // Checks, once, before any timing.
        let parsed = YAMLLite.parse(bytes)
        guard !parsed.diagnostics.containsErrors, let root = parsed.document.root else {
            fail("\(yamlPath): YAML-lite reports errors")
        }
        let loaded = FrameworkFile.load(bytes: bytes, path: yamlPath)
        guard let framework = loaded.framework else { fail("\(yamlPath): FrameworkFile.load reports errors") }
        let components = framework.domains.reduce(0) { total, domain in
            total + domain.subdomains.reduce(0) { $0 + $1.components.count }
        }
        let yamsTree: Any?
        do { yamsTree = try Yams.load(yaml: text) } catch { fail("\(yamlPath): Yams: \(error)") }
        let yamlLiteMatches = sameTree(foundationObject(root), expected)
        let yamsMatches = sameTree(yamsTree, expected)

        let parsers = makeParsers(bytes: bytes, text: text, jsonData: jsonData, path: yamlPath)
        var samples = [[Sample]](repeating: [], count: parsers.count)
        for round in 0..<(warmup + rounds) {
            for (p, parser) in parsers.enumerated() {
                // The tree is freed after `measure` returns: outside the timed region.
                let (sample, result) = measure(parser.run)
                sink &+= result.1
                if round >= warmup { samples[p].append(sample) }
            }
        }
        let timings = zip(parsers, samples).map { "\(jsonString($0.name)):\(jsonSamples($1))" }
            .joined(separator: ",")
        files.append(
            "{\"yaml\":\(jsonString(yamlPath)),\"bytes\":\(bytes.count),\"jsonBytes\":\(jsonData.count),"
                + "\"components\":\(components),\"warnings\":\(loaded.diagnostics.count),"
                + "\"yamlliteMatchesJSON\":\(yamlLiteMatches),\"yamsMatchesJSON\":\(yamsMatches),"
                + "\"rounds\":\(rounds),\"warmup\":\(warmup),\"parsers\":{\(timings)}}")
    }
    print("{\"files\":[\(files.joined(separator: ","))],\"sink\":\(sink)}")
}

// MARK: - Adversarial inputs

func stress(_ arguments: [String]) {
    guard let path = arguments.first else { fail("stress needs a file") }
    var rounds = 3
    if arguments.count >= 3, arguments[1] == "--rounds" { rounds = Int(arguments[2]) ?? rounds }
    let bytes = readBytes(path)
    var samples: [Sample] = []
    var last: YAMLLiteParseResult?
    for _ in 0..<rounds {
        last = nil  // free the previous result outside the timed region
        let (sample, result) = measure { YAMLLite.parse(bytes) }
        last = result
        samples.append(sample)
    }
    guard let r = last else { fail("no rounds") }
    let errors = r.diagnostics.filter { $0.severity == .error }
    let codes = Set(r.diagnostics.map(\.code)).sorted().joined(separator: " ")
    let summary =
        "{\"diagnostics\":\(r.diagnostics.count),\"errors\":\(errors.count),"
        + "\"codes\":\(jsonString(codes)),\"root\":\(r.document.root != nil)}"
    print(
        "{\"file\":\(jsonString(path)),\"bytes\":\(bytes.count),\"result\":\(summary),\"times\":\(jsonSamples(samples))}"
    )
}

// MARK: - Main

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "throughput": throughput(Array(arguments.dropFirst()))
case "stress": stress(Array(arguments.dropFirst()))
case "one": one(Array(arguments.dropFirst()))
default:
    fail(
        "usage: parse-bench throughput --yaml F --json F [...] [--rounds N] [--warmup W] | stress FILE [--rounds N] | one --parser NAME --yaml F --json F"
    )
}

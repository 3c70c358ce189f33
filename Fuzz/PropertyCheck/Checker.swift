// Compiled by scripts/codegen-property.sh together with generated frameworks and a main.swift
// that calls `check` for each of them. Not part of any package target. Every type is qualified
// by its module: a framework may be called "String", "Data" or "Framework", and its generated
// type then shadows the standard one in this module.

import CompetencyFramework
import Foundation

/// Compares the framework generated code carries with the one the frameworks file was written
/// from, field by field and scalar by scalar (Swift's `==` on strings would let canonically
/// equivalent but different text through), and exercises the typed API. Returns the number of
/// frameworks that failed (0 or 1).
func check<F: CompetencyFramework.TypedFramework>(
    _ name: Swift.String, _ type: F.Type, expected path: Swift.String
) -> Swift.Int {
    var problems: [Swift.String] = []
    do {
        let data = try Foundation.Data(contentsOf: Foundation.URL(fileURLWithPath: path))
        let expected = try Foundation.JSONDecoder().decode(CompetencyFramework.Framework.self, from: data)
        let actual = F.framework
        let want = fields(expected)
        let got = fields(actual)
        if want.count != got.count {
            problems.append("\(got.count) fields, expected \(want.count)")
        }
        for (w, g) in zip(want, got) where w.0 != g.0 || !w.1.unicodeScalars.elementsEqual(g.1.unicodeScalars) {
            problems.append("\(w.0): got \(visible(g.1)), expected \(visible(w.1))")
            if problems.count > 5 { break }
        }
        problems += typedChecks(type)
    } catch {
        problems.append("cannot read the expected JSON: \(error)")
    }
    if problems.isEmpty { return 0 }
    print("FAIL \(name):")
    for problem in problems { print("  \(problem)") }
    return 1
}

/// Every text of a framework, with where it is, in a fixed order; absent values as "<nil>".
func fields(_ f: CompetencyFramework.Framework) -> [(Swift.String, Swift.String)] {
    var out: [(Swift.String, Swift.String)] = []
    func add(_ path: Swift.String, _ value: Swift.String?) { out.append((path, value ?? "<nil>")) }
    let m = f.metadata
    add("id", m.id)
    add("title", m.title)
    add("symbol", m.symbol)
    add("version", m.version)
    add("date", m.date)
    add("publisher", m.publisher)
    add("description", m.description)
    add("epigraph", m.epigraph)
    for (i, note) in m.notes.enumerated() { add("notes[\(i)]", note) }
    add("licence", m.licence)
    add("source", m.source)
    add("language", m.language)
    add("stem", m.stem)
    for (i, level) in f.levels.enumerated() {
        add("levels[\(i)].id", level.id)
        add("levels[\(i)].name", level.name)
        add("levels[\(i)].summary", level.summary)
        for (j, indicator) in level.indicators.enumerated() { add("levels[\(i)].indicators[\(j)]", indicator) }
        add("levels[\(i)].symbol", level.symbol)
    }
    for (d, domain) in f.domains.enumerated() {
        let p = "domains[\(d)]"
        add("\(p).code", domain.code.rawValue)
        add("\(p).title", domain.title)
        add("\(p).description", domain.description)
        add("\(p).notes", domain.notes)
        add("\(p).symbol", domain.symbol)
        for (s, subdomain) in domain.subdomains.enumerated() {
            let q = "\(p).subdomains[\(s)]"
            add("\(q).code", subdomain.code.rawValue)
            add("\(q).title", subdomain.title)
            add("\(q).description", subdomain.description)
            add("\(q).notes", subdomain.notes)
            add("\(q).symbol", subdomain.symbol)
            for (c, component) in subdomain.components.enumerated() {
                let r = "\(q).components[\(c)]"
                add("\(r).code", component.code.rawValue)
                add("\(r).title", component.title)
                add("\(r).notes", component.notes)
                add("\(r).symbol", component.symbol)
                for entry in component.descriptors {
                    switch entry.descriptor {
                    case .text(let text): add("\(r).descriptors[\(entry.level)]", text)
                    case .gap(let reason): add("\(r).gaps[\(entry.level)]", reason)
                    }
                }
            }
        }
    }
    return out
}

/// The typed API agrees with the runtime model: every level, domain and component has its
/// case, in order, and every case resolves.
func typedChecks<F: CompetencyFramework.TypedFramework>(_ type: F.Type) -> [Swift.String] {
    var problems: [Swift.String] = []
    let framework = F.framework
    let levels = Swift.Array(F.Level.allCases)
    if levels.count != framework.levels.count { problems.append("\(levels.count) level cases") }
    for (index, level) in levels.enumerated() where level.index != index || level.id != framework.levels[index].id {
        problems.append("level case \(index) is \(level.id)")
    }
    let domains = Swift.Array(F.Domain.allCases)
    if domains.count != framework.domains.count { problems.append("\(domains.count) domain cases") }
    for (index, domain) in domains.enumerated() where domain.code.rawValue != framework.domains[index].code.rawValue {
        problems.append("domain case \(index) has code \(domain.code)")
    }
    let components = Swift.Array(F.Component.allCases)
    if components.count != framework.components.count { problems.append("\(components.count) component cases") }
    for (index, component) in components.enumerated() {
        if component.code.rawValue != framework.components[index].code.rawValue {
            problems.append("component case \(index) has code \(component.code)")
        }
        for level in levels { _ = component.descriptor(at: level) }
    }
    return problems
}

func visible(_ text: Swift.String) -> Swift.String {
    var result = "\""
    for scalar in text.unicodeScalars {
        if scalar.value >= 0x20 && scalar.value < 0x7F {
            result.unicodeScalars.append(scalar)
        } else {
            result += "\\u{" + Swift.String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return result + "\""
}

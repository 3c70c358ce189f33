import CompetencyFramework
import CompetencyKitInternals
import Foundation
import FrameworkExport

/// The colours of a reflection's levels and the SVG bars of its profile, shared by the HTML
/// report's chart, its table and its level labels.
enum ReflectionChart {
    /// An RGB colour.
    struct Colour: Equatable {
        var red: Double
        var green: Double
        var blue: Double

        /// `#rrggbb`.
        var hex: String {
            func byte(_ value: Double) -> String {
                let scaled = UInt32(max(0, min(255, (value * 255).rounded())))
                return Hexadecimal.digits(scaled, width: 2).lowercased()
            }
            return "#" + byte(red) + byte(green) + byte(blue)
        }

        /// The WCAG relative luminance.
        var luminance: Double {
            func linear(_ channel: Double) -> Double {
                channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        /// The text colour that reads best on this colour.
        var ink: String { luminance > 0.3 ? "#1d1d1f" : "#ffffff" }

        init(_ red: Double, _ green: Double, _ blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        func mixed(with other: Colour, _ t: Double) -> Colour {
            Colour(red + (other.red - red) * t, green + (other.green - green) * t, blue + (other.blue - blue) * t)
        }
    }

    /// A sequential ramp from light green through teal to deep blue: lower levels light, the
    /// top level darkest, readable in greyscale and for the common colour-vision deficiencies.
    private static let ramp: [Colour] = [
        Colour(0.780, 0.914, 0.706),  // #c7e9b4
        Colour(0.255, 0.714, 0.769),  // #41b6c4
        Colour(0.133, 0.369, 0.659),  // #225ea8
        Colour(0.145, 0.204, 0.580),  // #253494
    ]

    /// The colour not yet reflected on is shown in.
    static let notYet = Colour(0.894, 0.894, 0.914)

    /// One colour per level, lowest first: evenly spaced along the ramp, the top level at
    /// its darkest end; a single level gets the darkest colour.
    static func colours(count: Int) -> [Colour] {
        guard count > 0 else { return [] }
        return (0..<count).map { index in
            let t = count == 1 ? 1 : 0.08 + 0.92 * Double(index) / Double(count - 1)
            let position = t * Double(ramp.count - 1)
            let lower = min(ramp.count - 2, Int(position))
            return ramp[lower].mixed(with: ramp[lower + 1], position - Double(lower))
        }
    }

    /// The `<pattern>` that shades "not yet reflected on", for an SVG's `<defs>`.
    static func hatchPattern(id: String) -> String {
        "<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"\(notYet.hex)\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#cfcfd6\" stroke-width=\"3\"/></pattern>"
    }

    /// The profile as stacked horizontal bars, one per domain and one for the whole
    /// framework: each bar is 100% of its components, split by level (lowest first) and then
    /// "not yet reflected on", with the counts in the segments and the total after the bar.
    static func profile(_ report: ReflectionReport) -> String {
        let profile = report.profile
        let colours = colours(count: profile.levels.count)
        let width = 960.0
        let labelWidth = 350.0
        let barStart = labelWidth + 10
        let barWidth = width - barStart - 60
        let rowHeight = 40.0
        let barHeight = 24.0
        let top = 8.0
        let rows = profile.domains + [profile.overall]
        let height = top + Double(rows.count) * rowHeight + 14
        var svg = "<svg class=\"profile-chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" "
        svg += "role=\"img\" aria-labelledby=\"_chart-title _chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"_chart-title\">Profile: components at each level, by domain</title>\n"
        svg += "<desc id=\"_chart-desc\">\(HTMLExport.escape(describe(profile)))</desc>\n"
        svg += "<defs>\(hatchPattern(id: "_hatch"))</defs>\n"
        for (index, row) in rows.enumerated() {
            let isOverall = index == rows.count - 1
            var y = top + Double(index) * rowHeight
            if isOverall {
                y += 10
                svg += "<line x1=\"0\" x2=\"\(Int(width))\" y1=\"\(format(y - 7))\" y2=\"\(format(y - 7))\" "
                svg += "stroke=\"#c9c9d1\" stroke-width=\"1\"/>\n"
            }
            let label = row.code.map { "\($0.rawValue)  \(row.title)" } ?? row.title
            let textY = format(y + barHeight / 2 + 5)
            svg += "<g class=\"bar\">\n<title>\(HTMLExport.escape(describe(row, levels: profile.levels)))</title>\n"
            svg += "<text x=\"0\" y=\"\(textY)\" class=\"\(isOverall ? "label total" : "label")\">"
            if let code = row.code {
                svg += "<tspan class=\"code\">\(HTMLExport.escape(code.rawValue))</tspan> "
                svg += HTMLExport.escape(truncate(row.title, to: 44 - code.rawValue.count))
            } else {
                svg += HTMLExport.escape(truncate(label, to: 46))
            }
            svg += "</text>\n"
            var x = barStart
            let segments =
                row.counts.enumerated().map { (count: $1, fill: colours[$0].hex, ink: colours[$0].ink) }
                + [(count: row.notYetReflectedOn, fill: "url(#_hatch)", ink: "#4a4a55")]
            svg += "<rect x=\"\(format(barStart))\" y=\"\(format(y))\" width=\"\(format(barWidth))\" "
            svg += "height=\"\(format(barHeight))\" rx=\"4\" fill=\"\(notYet.hex)\"/>\n"
            for segment in segments where segment.count > 0 && row.total > 0 {
                let w = barWidth * Double(segment.count) / Double(row.total)
                svg +=
                    "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(w))\" height=\"\(format(barHeight))\" "
                svg += "fill=\"\(segment.fill)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n"
                if w >= 22 {
                    svg += "<text x=\"\(format(x + w / 2))\" y=\"\(textY)\" class=\"count\" fill=\"\(segment.ink)\" "
                    svg += "text-anchor=\"middle\">\(segment.count)</text>\n"
                }
                x += w
            }
            svg += "<text x=\"\(format(barStart + barWidth + 10))\" y=\"\(textY)\" class=\"sum\">\(row.total)</text>\n"
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    /// A small bar for one row of the subdomain table.
    static func miniBar(_ row: ReflectionProfile.Row, levels: [ReflectionLevel]) -> String {
        let colours = colours(count: levels.count)
        let width = 160.0
        var svg = "<svg class=\"mini\" viewBox=\"0 0 160 12\" width=\"160\" height=\"12\" role=\"img\" "
        svg += "xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLExport.escape(describe(row, levels: levels)))</title>"
        svg += "<rect width=\"160\" height=\"12\" rx=\"3\" fill=\"url(#_hatch)\"/>"
        var x = 0.0
        for (index, count) in row.counts.enumerated() where count > 0 && row.total > 0 {
            let w = width * Double(count) / Double(row.total)
            svg += "<rect x=\"\(format(x))\" width=\"\(format(w))\" height=\"12\" fill=\"\(colours[index].hex)\"/>"
            x += w
        }
        return svg + "</svg>"
    }

    /// "1 Professional Knowledge and Understanding: 4 at Some impact, …, 11 not yet reflected
    /// on, of 23 components."
    static func describe(_ row: ReflectionProfile.Row, levels: [ReflectionLevel]) -> String {
        let label = row.code.map { "\($0.rawValue) \(row.title)" } ?? row.title
        var parts = zip(row.counts, levels).map { "\($0) at \($1.name)" }
        parts.append("\(row.notYetReflectedOn) not yet reflected on")
        return "\(label): \(parts.joined(separator: ", ")), of \(ReflectionText.plural(row.total, "component"))."
    }

    private static func describe(_ profile: ReflectionProfile) -> String {
        (profile.domains + [profile.overall]).map { describe($0, levels: profile.levels) }.joined(separator: " ")
    }

    static func truncate(_ text: String, to count: Int) -> String {
        guard text.count > count else { return text }
        var cut = String(text.prefix(max(1, count - 1)))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// A coordinate with at most two decimals, without trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        var digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }
}

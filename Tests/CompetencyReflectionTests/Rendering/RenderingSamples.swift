import CompetencyFramework
import CompetencyReflection
import CompetencyTestSupport
import Testing

/// The reports the renderers' tests draw, each from reflection-file text: three on
/// `teaching.framework.yaml` (with focus, without, and empty), a comparison, and one on a
/// framework whose every text is hostile.
enum RenderingSamples {
    /// Sam's reflection: five of six components placed, two marked as a focus (the next
    /// level of 1a.ii is the declared gap), evidence on one line and on two (written `|-`:
    /// see `evidenceEndingWithALineBreak` in the HTML and Markdown tests for `|`).
    static let focusedText = """
        framework: teaching
        name: Sam Patel
        role: Head of Year 7
        date: 2026-11-29
        components:
          - code: 1a.i
            level: secure
            evidence: led the Year 7 curriculum review
          - code: 1a.ii
            level: beginning
            focus: yes
            evidence: |-
              Questioning is whole-class.
              Try mini whiteboards.
          - code: 1a.iii
            level: developing
          - code: 1b.i
            level: developing
            focus: yes
          - code: 2a.i
            level: secure
        """

    /// An earlier reflection, with no focus: the goals are the components furthest below
    /// the top level.
    static let unfocusedText = """
        framework: teaching
        name: Sam Patel
        date: 2026-06-01
        components:
          - code: 1a.i
            level: beginning
          - code: 1a.ii
            level: developing
          - code: 1b.i
            level: developing
          - code: 2a.i
            level: beginning
          - code: 2a.ii
            level: secure
        """

    /// A reflection begun and left empty.
    static let emptyText = """
        framework: teaching
        components:
        """

    static func report(_ text: String) throws -> ReflectionReport {
        let framework = ReflectionSamples.teaching
        return ReflectionReport(try ReflectionSamples.reflection(text, on: framework), in: framework)
    }

    /// Progress from ``unfocusedText`` to ``focusedText``.
    static func comparison() throws -> ReflectionComparison {
        let framework = ReflectionSamples.teaching
        return ReflectionComparison(
            from: try ReflectionSamples.reflection(unfocusedText, on: framework),
            to: try ReflectionSamples.reflection(focusedText, on: framework), in: framework)
    }

    /// A framework whose every text would break a renderer that did not escape it: HTML
    /// and Markdown syntax, quotes, a language that closes its attribute, a terminal escape,
    /// bidirectional controls, a tab and line breaks.
    static let hostileFrameworkText = #"""
        id: hostile
        title: "Tom & Jerry's <Framework> | *v1*"
        language: "en\"><script>alert(1)</script>"
        stem: "A <teacher> will"
        levels:
          - id: low
            name: "<b>Low</b> & 'low'"
          - id: high
            name: "High | [top](x)"
        domains:
          - code: "1"
            title: "Domain <i>one</i> # not a heading"
            subdomains:
              - code: 1a
                title: "Sub `code` & \u202Eevil"
                components:
                  - title: "</td></tr><script>x</script>"
                    descriptors:
                      low: "use <img src=x onerror=alert(1)> | pipes *and* _underscores_"
                    gaps:
                      high: "no text: see <note> & \"quotes\""
                  - title: "Second\ttitle"
                    descriptors:
                      low: "first line\nsecond line ]]> -->"
                      high: "\e[2J cleared \u2066isolate\u2069"
        """#

    /// A reflection on the hostile framework with hostile text of its own.
    static let hostileReflectionText = #"""
        framework: hostile
        name: "<script>alert('x')</script> & co"
        role: "Head | *of* `Year` 7 \u202E"
        date: 2026-11-29
        components:
          - code: 1a.i
            level: low
            focus: yes
            evidence: "<img src=x onerror=alert(1)> \"quoted\"\nsecond | line \e[31m"
          - code: 1a.ii
            level: high
        """#

    static func hostileReport() throws -> ReflectionReport {
        let framework = try FrameworkYAML.load(
            hostileFrameworkText, path: "hostile.framework.yaml", allowingWarnings: true)
        let reflection = try ReflectionSamples.reflection(hostileReflectionText, on: framework, allowingWarnings: true)
        return ReflectionReport(reflection, in: framework)
    }
}

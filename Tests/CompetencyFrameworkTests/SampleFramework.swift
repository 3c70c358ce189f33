import CompetencyFramework
import CompetencyTestSupport
import Testing

/// The small framework the model's tests share: three levels, two domains, and a declared
/// gap (1a.ii at leading).
enum SampleFramework {
    static let text = """
        id: sample
        title: Sample
        stem: A teacher will
        levels:
          - id: developing
            name: Developing
          - id: secure
            name: Secure
          - id: leading
            name: Leading
        domains:
          - code: "1"
            title: Planning
            subdomains:
              - code: 1a
                title: Lesson design
                components:
                  - title: Sequence learning
                    descriptors:
                      developing: sequence lessons with support.
                      secure: sequence lessons well.
                      leading: lead sequencing across the school.
                  - title: Check understanding
                    descriptors:
                      developing: ask questions.
                      secure: check every pupil's understanding.
                    gaps:
                      leading: no text in the source
              - code: 1b
                title: Assessment
                components:
                  - title: Use assessment
                    descriptors:
                      developing: mark work.
                      secure: use marking to plan.
                      leading: design assessment.
          - code: "2"
            title: Leading people
            subdomains:
              - code: 2a
                title: Coaching
                components:
                  - title: Coach colleagues
                    descriptors:
                      developing: listen to colleagues.
                      secure: coach colleagues.
                      leading: build a coaching culture.
        """

    static func load() throws -> Framework {
        try FrameworkYAML.load(text, path: "sample.framework.yaml")
    }
}

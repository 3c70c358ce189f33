import CompetencyFramework

/// A small framework built in code, shared by the model's tests.
enum SampleFramework {
    static let value = Framework(
        metadata: FrameworkMetadata(id: "sample", title: "Sample", stem: "A teacher will"),
        levels: [
            ProficiencyLevel(id: "developing", name: "Developing"),
            ProficiencyLevel(id: "secure", name: "Secure"),
            ProficiencyLevel(id: "leading", name: "Leading"),
        ],
        domains: [
            Domain(
                code: "1", title: "Planning",
                subdomains: [
                    Subdomain(
                        code: "1a", title: "Lesson design",
                        components: [
                            component(
                                "1a.i", "Sequence learning", "sequence lessons with support.", "sequence lessons well.",
                                "lead sequencing across the school."),
                            component(
                                "1a.ii", "Check understanding", "ask questions.", "check every pupil's understanding.",
                                nil),
                        ]),
                    Subdomain(
                        code: "1b", title: "Assessment",
                        components: [
                            component(
                                "1b.i", "Use assessment", "mark work.", "use marking to plan.", "design assessment.")
                        ]),
                ]),
            Domain(
                code: "2", title: "Leading people",
                subdomains: [
                    Subdomain(
                        code: "2a", title: "Coaching",
                        components: [
                            component(
                                "2a.i", "Coach colleagues", "listen to colleagues.", "coach colleagues.",
                                "build a coaching culture.")
                        ])
                ]),
        ])

    static func component(_ code: Code, _ title: String, _ a: String, _ b: String, _ c: String?) -> Component {
        Component(
            code: code, title: title,
            descriptors: [
                LevelDescriptor(level: "developing", .text(a)),
                LevelDescriptor(level: "secure", .text(b)),
                LevelDescriptor(level: "leading", c.map(Descriptor.text) ?? .gap(reason: "no text in the source")),
            ])
    }
}

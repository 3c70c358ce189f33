// The type `TeachersStandards` is generated at build time from TeacherStandards.framework.yaml
// by CompetencyFrameworkPlugin (see .build/plugins/outputs/ after a build). This file re-exports
// the model, so that `import TeacherStandards` is all an app needs, and adds one helper.

@_exported import CompetencyFramework

extension TypedComponent {
    /// The descriptor at `level` as a sentence that continues the framework's stem, such as
    /// "A teacher must: set goals that ...", or "(gap: reason)" where the framework declares
    /// a gap.
    public func statement(at level: Definition.Level) -> String {
        switch descriptor(at: level) {
        case .text(let text):
            guard let stem = Definition.framework.metadata.stem, !stem.isEmpty else { return text }
            return "\(stem): \(text)"
        case .gap(let reason):
            return "(gap: \(reason))"
        }
    }
}

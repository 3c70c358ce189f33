// The Leadership Toolkit's types are generated at build time from
// LeadershipToolkit.framework.yaml by CompetencyFrameworkPlugin. This file re-exports the
// model, so that `import LeadershipToolkit` is all an app needs.

@_exported import CompetencyFramework

// Never compiled in a successful build: the framework file next to this one has a deliberate
// error, so the plugin's command fails before Swift compilation starts.
@_exported import CompetencyFramework

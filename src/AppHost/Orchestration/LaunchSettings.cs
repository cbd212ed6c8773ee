using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Orchestration;

/// <summary>What every launched project shares: where the builds are, and the environment all of them get.</summary>
public sealed record LaunchSettings(
    string RepositoryRoot,
    string Configuration,
    IReadOnlyDictionary<string, string> SharedEnvironment,
    OutputLog Log)
{
    public string OutputDirectory(string project) => Path.Combine(RepositoryRoot, "src", project, "bin", Configuration, "net10.0");
}

using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Orchestration;

/// <summary>What every launched process shares: the environment all of them get, and where their output goes.</summary>
internal sealed record LaunchSettings(IReadOnlyDictionary<string, string> SharedEnvironment, OutputLog Log);

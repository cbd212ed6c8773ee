using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

internal static class Quiet
{
    /// <summary>Output dropped: a failed start still explains itself with the process's last lines.</summary>
    public static OutputLog Log { get; } = new(_ => { }, colour: false);
}

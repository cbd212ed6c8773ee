using System.Diagnostics;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

public sealed class AppHostProcessTests : IDisposable
{
    private readonly TemporaryDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task CtrlCStopsEveryServerWithinFifteenSecondsAndExitsWithZero()
    {
        await using var apphost = await AppHostProcess.StartAsync(data.Path);
        var started = LiveProcesses.WithDescendants(LiveProcesses.Mentioning(data.Path));
        Assert.Contains(started, process => ProcessTable.CommandLine(process.Pid).Contains("epmd"));

        var stopping = Stopwatch.StartNew();
        Signals.Send(apphost.Id, Signals.SigInt);
        var exitCode = await apphost.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, exitCode);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15));
        foreach (var server in new[] { "postgres", "messaging", "cache" })
        {
            Assert.Contains(apphost.Output, line => line.StartsWith($"[apphost] stopped {server} in "));
        }

        Assert.Contains(apphost.Output, line => line.StartsWith("[apphost] everything stopped in "));
        Assert.Empty(LiveProcesses.StillAlive(started));
        Assert.Empty(LiveProcesses.Mentioning(data.Path));
    }

    [Fact]
    public async Task ServersLeftRunningByAKilledAppHostAreStoppedByTheNextRun()
    {
        var crashed = await AppHostProcess.StartAsync(data.Path);
        var orphans = LiveProcesses.WithDescendants(LiveProcesses.Mentioning(data.Path));
        Signals.Send(crashed.Id, Signals.SigKill);
        await crashed.WaitForExitAsync(TimeSpan.FromSeconds(5));
        await crashed.DisposeAsync();
        Assert.NotEmpty(LiveProcesses.StillAlive(orphans));
        File.Delete(Path.Combine(data.Path, "servers.env"));

        await using var next = await AppHostProcess.StartAsync(data.Path);

        Assert.Empty(LiveProcesses.StillAlive(orphans));
        foreach (var server in new[] { "postgres", "messaging", "cache" })
        {
            Assert.Contains(next.Output, line => line.StartsWith($"[{server}] stopping an instance left running by an earlier run"));
        }

        Signals.Send(next.Id, Signals.SigTerm);
        Assert.Equal(0, await next.WaitForExitAsync(TimeSpan.FromSeconds(15)));
        Assert.Empty(LiveProcesses.Mentioning(data.Path));
    }
}

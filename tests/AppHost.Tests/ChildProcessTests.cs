using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task StoppingAChildStopsItsWholeProcessGroup()
    {
        await using var child = ChildProcess.Start("sleepers", "sh", ["-c", "sleep 300 & sleep 300"], Quiet.Log);
        var sleeps = await SleepsUnderAsync(child, count: 2);

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromSeconds(5));

        Assert.Empty(LiveProcesses.StillAlive(sleeps));
    }

    [Fact]
    public async Task DescendantsThatLeftTheGroupAreKilledAfterTheGracePeriod()
    {
        // As PostgreSQL's backends do: each starts a session of its own, out of reach of a signal to the group.
        await using var child = ChildProcess.Start("postmaster-like", "sh", ["-c", "setsid sleep 300 & sleep 300"], Quiet.Log);
        var sleeps = await SleepsUnderAsync(child, count: 2);

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromMilliseconds(300));

        Assert.Empty(LiveProcesses.StillAlive(sleeps));
    }

    [Fact]
    public async Task AChildThatIgnoresTheSignalIsKilledAfterItsGracePeriod()
    {
        await using var child = ChildProcess.Start("stubborn", "sh", ["-c", "trap '' TERM; while true; do sleep 0.1; done"], Quiet.Log);
        await Task.Delay(200);

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromMilliseconds(300));

        Assert.True(child.HasExited);
    }

    [Fact]
    public async Task EachLineIsPrefixedWithTheChildsName()
    {
        var lines = new List<string>();
        await using var child = ChildProcess.Start("talker", "sh", ["-c", "echo one; echo two >&2"], new OutputLog(lines.Add, colour: false));

        await child.Exited;

        Assert.Equal(["[talker] one", "[talker] two"], lines.Order());
        Assert.Contains("two", child.RecentOutput);
    }

    [Fact]
    public void OnATerminalEachSourceHasItsOwnColour()
    {
        var lines = new List<string>();
        var log = new OutputLog(lines.Add, colour: true);

        log.Line("directory-0", "a");
        log.Line("directory-1", "b");

        Assert.StartsWith("\u001b[", lines[0]);
        Assert.Contains("[directory-0]", lines[0]);
        Assert.NotEqual(lines[0][..5], lines[1][..5]);
    }

    /// <summary>The sleep processes the child has started, once there are <paramref name="count"/> of them.</summary>
    private static async Task<IReadOnlyList<ProcessTable.Entry>> SleepsUnderAsync(ChildProcess child, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var root = ProcessTable.Find(child.Id) ?? throw new InvalidOperationException("The child has gone.");
            var sleeps = LiveProcesses.WithDescendants([root]).Where(process => ProcessTable.CommandLine(process.Pid) == "sleep 300").ToList();
            if (sleeps.Count == count || attempt == 100)
            {
                Assert.Equal(count, sleeps.Count);
                return sleeps;
            }

            await Task.Delay(50);
        }
    }
}

using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task StoppingAChildStopsEverythingItStarted()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}";
        await using var child = ChildProcess.Start("sleepers", "sh", ["-c", $"sleep {marker}1 & sleep {marker}2"], Quiet());
        await Eventually(() => ProcessTable.Mentioning($"sleep {marker}").Count >= 2);

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromSeconds(5));

        Assert.Empty(ProcessTable.Mentioning($"sleep {marker}"));
    }

    [Fact]
    public async Task AChildThatIgnoresTheSignalIsKilledAfterItsGracePeriod()
    {
        await using var child = ChildProcess.Start("stubborn", "sh", ["-c", "trap '' TERM; while true; do sleep 0.1; done"], Quiet());
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
        await Eventually(() => lines.Count == 2);

        Assert.Equal(["[talker] one", "[talker] two"], lines.Order());
        Assert.Contains("two", child.RecentOutput);
    }

    private static OutputLog Quiet() => new(_ => { }, colour: false);

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}

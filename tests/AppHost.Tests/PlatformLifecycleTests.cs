using System.Net;
using System.Net.Sockets;
using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// Starting and stopping with real processes: small Python stand-ins for projects (FakeProject.py), so the order and
/// the failures are the ones the AppHost really produces, not a model of them.
/// </summary>
public sealed class PlatformLifecycleTests : IDisposable
{
    private readonly TemporaryDirectory data = new();
    private readonly List<string> output = [];

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task AResourceStartsOnlyAfterEveryReplicaOfWhatItReferencesIsHealthyAndStopsBeforeThem()
    {
        var builder = Builder(new PlatformOptions { Replicas = new Dictionary<string, int> { ["slow"] = 2 } });
        var slow = Fake(builder, "slow", "--delay", "1.5");
        var quick = Fake(builder, "quick");
        var front = Fake(builder, "front", "--check-references").WithReference(slow).WithReference(quick);
        await using var platform = builder.Build();

        await platform.StartAsync(CancellationToken.None);

        Assert.All(platform.Resources, resource => Assert.Equal(ResourceState.Healthy, resource.State));
        Assert.Contains("[front] all 3 references were healthy at start-up", Output());
        var processes = LiveProcesses.Mentioning(data.Path);
        Assert.Equal(4, processes.Count);

        await platform.StopAsync();

        var stops = Output().Where(line => line.StartsWith("[apphost] stopped ")).ToList();
        Assert.StartsWith("[apphost] stopped front", stops[0]);
        Assert.Equal(3, stops.Count);
        Assert.Empty(LiveProcesses.StillAlive(processes));
        Assert.Equal(ResourceState.Stopped, front.State);
        Assert.DoesNotContain(Output(), line => line.Contains("exited unexpectedly"));
    }

    [Fact]
    public async Task AProjectThatExitsDuringStartUpFailsTheStartAtOnceWithItsLastOutput()
    {
        var builder = Builder(new PlatformOptions());
        var healthy = Fake(builder, "healthy");
        Fake(builder, "broken", "--exit-with", "cannot reach the database").WaitFor(healthy);
        await using var platform = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => platform.StartAsync(CancellationToken.None));

        Assert.Contains("broken exited during start-up", failure.Message);
        Assert.Contains("cannot reach the database", failure.Message);
        Assert.Equal(ResourceState.Stopped, healthy.State);
        Assert.Empty(LiveProcesses.Mentioning(data.Path));
    }

    [Fact]
    public async Task AFixedPortAlreadyInUseFailsBeforeAnythingStarts()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var builder = Builder(new PlatformOptions());
        var first = Fake(builder, "first");
        Fake(builder, "gateway").WithHttpEndpoint("localhost", port).WithReference(first);
        await using var platform = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => platform.StartAsync(CancellationToken.None));

        Assert.Contains($"port {port}", failure.Message);
        Assert.Equal(ResourceState.Waiting, first.State);
    }

    [Fact]
    public async Task AReplicaThatDiesAfterStartUpIsReportedAtOnce()
    {
        var builder = Builder(new PlatformOptions());
        Fake(builder, "fragile");
        await using var platform = builder.Build();
        await platform.StartAsync(CancellationToken.None);

        Signals.Send(Assert.Single(LiveProcesses.Mentioning(data.Path)).Pid, Signals.SigKill);

        for (var attempt = 0; attempt < 50 && !Output().Any(line => line.Contains("fragile exited unexpectedly")); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Contains(Output(), line => line.StartsWith("[apphost] fragile exited unexpectedly"));
    }

    private PlatformBuilder Builder(PlatformOptions options) =>
        Platform.CreateBuilder(options with { DataDirectory = data.Path, Log = new OutputLog(Record, colour: false) });

    /// <summary>A stand-in project; its command line names the test's directory, so the test can find its processes.</summary>
    private ExecutableResource Fake(PlatformBuilder builder, string name, params string[] arguments) =>
        builder.AddExecutable(name, "python3", data.Path, [Path.Combine(AppContext.BaseDirectory, "FakeProject.py"), "--name", data.Path, .. arguments]);

    private void Record(string line)
    {
        lock (output)
        {
            output.Add(line);
        }
    }

    private List<string> Output()
    {
        lock (output)
        {
            return [.. output];
        }
    }
}

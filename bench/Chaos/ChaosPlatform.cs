using System.Collections.Concurrent;
using System.Diagnostics;
using APPlatform.AppHost;
using APPlatform.TestSupport;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace APPlatform.Chaos;

/// <summary>A replica as DCP reports it: its resource id (what commands name), its project, process and state.</summary>
public sealed record Replica(string ResourceId, string Project, int? ProcessId, string? State, HealthStatus? Health);

/// <summary>
/// The AppHost's own model started by Aspire.Hosting.Testing on servers of its own, two replicas of every service,
/// with what the chaos run needs of it: connection strings, the replicas' processes, and the operator's commands.
/// </summary>
public sealed class ChaosPlatform : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ResourceEvent> latest = new();
    private readonly CancellationTokenSource watching = new();
    private readonly DistributedApplication app;

    private readonly LogFile log;

    private ChaosPlatform(DistributedApplication app, string dataDirectory, LogFile log)
    {
        this.app = app;
        this.log = log;
        DataDirectory = dataDirectory;
    }

    /// <summary>Where every resource's output goes: chaos-platform.log beside the program.</summary>
    public static string LogPath => Path.Combine(AppContext.BaseDirectory, "chaos-platform.log");

    public string DataDirectory { get; }

    public Uri Gateway => app.GetEndpoint(ResourceNames.Gateway, "http");

    /// <summary>Where the mail sink keeps each message it accepted, one .eml file each (kept across its restarts).</summary>
    public string MailDirectory => Path.Combine(DataDirectory, ResourceNames.Mail);

    public static async Task<ChaosPlatform> StartAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), $"applatform-chaos-{Guid.NewGuid():N}");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--environment=Development", "--Platform:FreePorts=true", $"--Platform:DataDirectory={data}",
            .. ChaosOptions.ReplicatedProjects.Select(project => $"--Platform:Replicas:{project}=2"),
        ]);
        // Every resource's output, and the AppHost's, to a file: the servers' restarts would drown the ledger on the console.
        var log = new LogFile(LogPath);
        builder.Services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(log));
        // Every client signs in from 127.0.0.1, and again after a gateway hiccup: more than one address may usually.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway).WithEnvironment("Gateway__RateLimit__TokenAttemptsPerMinute", "600");
        var platform = new ChaosPlatform(await builder.BuildAsync(), data, log);
        platform.Watch();
        await platform.app.StartAsync();
        await platform.app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway);
        return platform;
    }

    public async Task<string> ConnectionStringAsync(string name) =>
        await app.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string for {name}.");

    public IReadOnlyList<Replica> Replicas(string project) =>
        [.. latest.Values.Where(e => e.Resource.Name == project).Select(Describe).OrderBy(r => r.ResourceId)];

    /// <summary>An operator's command (resource-stop, resource-start, resource-restart) on a resource or one replica.</summary>
    public async Task CommandAsync(string resourceId, string command)
    {
        // A resource of one instance may still have an id of its own beside its name.
        var id = latest.ContainsKey(resourceId) ? resourceId : latest.Values.Single(e => e.Resource.Name == resourceId).ResourceId;
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(id, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} on {resourceId} failed: {result.Message}");
        }
    }

    /// <summary>Waits until a resource (by name, or a replica by id) runs and its health checks pass.</summary>
    public async Task WaitUntilHealthyAsync(string resourceId, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!latest.Values.Any(e => (e.ResourceId == resourceId || e.Resource.Name == resourceId)
                                       && e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{resourceId} is not healthy after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await watching.CancelAsync();
        await app.DisposeAsync();
        log.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing a file: the directory is in the temporary folder anyway.
        }
    }

    private static Replica Describe(ResourceEvent e) => new(
        e.ResourceId, e.Resource.Name,
        e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid && int.TryParse(pid.ToString(), out var id) ? id : null,
        e.Snapshot.State?.Text, e.Snapshot.HealthStatus);

    private void Watch() => _ = Task.Run(async () =>
    {
        try
        {
            await foreach (var e in app.ResourceNotifications.WatchAsync(watching.Token))
            {
                latest[e.ResourceId] = e;
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    });
}

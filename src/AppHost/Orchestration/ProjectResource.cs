using System.Diagnostics;
using System.Text.Json;
using APPlatform.AppHost.Processes;
using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// A service or the gateway: one or more replica processes (`dotnet &lt;Project&gt;.dll`), each given Aspire's
/// environment contract: its URL, connection strings, and services__&lt;name&gt;__http__&lt;i&gt; for every replica of every
/// project it references. Healthy when every replica answers /health.
/// </summary>
public sealed class ProjectResource(string name, string project, LaunchSettings launch) : Resource(name)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(8);
    private static readonly HttpClient probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly List<(string ConnectionName, ServerResource Server, string? Database)> connections = [];
    private readonly List<ProjectResource> services = [];
    private readonly List<ChildProcess> processes = [];
    private IReadOnlyList<Uri>? endpoints;
    private int replicaCount = 1;
    private (string Host, int Port)? fixedEndpoint;

    public int Replicas => replicaCount;

    /// <summary>Each replica's address, chosen once (free loopback ports unless fixed).</summary>
    public IReadOnlyList<Uri> Endpoints => endpoints ??= fixedEndpoint is var (host, port)
        ? [new Uri($"http://{host}:{FreePort.OrNext(port)}")]
        : Enumerable.Range(0, replicaCount).Select(_ => new Uri($"http://127.0.0.1:{FreePort.Next()}")).ToList();

    public override string Target => string.Join(", ", Endpoints.Select(uri => uri.ToString().TrimEnd('/')));

    public ProjectResource WithReplicas(int count)
    {
        if (count < 1 || (fixedEndpoint is not null && count > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"{Name} can run 1 replica{(fixedEndpoint is null ? " or more" : " (its port is fixed)")}.");
        }

        replicaCount = count;
        return this;
    }

    /// <summary>A fixed public address (the gateway's); port 0 picks a free one.</summary>
    public ProjectResource WithHttpEndpoint(string host, int port)
    {
        if (replicaCount > 1)
        {
            throw new InvalidOperationException($"{Name} has a fixed port, so it runs one replica.");
        }

        fixedEndpoint = (host, port);
        return this;
    }

    /// <summary>ConnectionStrings__&lt;server name&gt;, and start only once the server is healthy.</summary>
    public ProjectResource WithReference(ServerResource server)
    {
        connections.Add((server.Name, server, null));
        DependOn(server);
        return this;
    }

    /// <summary>
    /// ConnectionStrings__&lt;name&gt; for a database on the server (named <paramref name="database"/>, default the same),
    /// created before the project starts.
    /// </summary>
    public ProjectResource WithDatabase(ServerResource postgres, string name, string? database = null)
    {
        connections.Add((name, postgres, database ?? name));
        DependOn(postgres);
        return this;
    }

    /// <summary>services__&lt;name&gt;__http__&lt;i&gt; for every replica, and start only once all are healthy.</summary>
    public ProjectResource WithReference(ProjectResource service)
    {
        services.Add(service);
        DependOn(service);
        return this;
    }

    public string InstanceName(int replica) => replicaCount == 1 ? Name : $"{Name}-{replica}";

    /// <summary>The environment one replica starts with (platform notes §3).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(int replica)
    {
        var environment = new Dictionary<string, string>(launch.SharedEnvironment)
        {
            ["ASPNETCORE_URLS"] = Endpoints[replica].ToString().TrimEnd('/'),
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Name}-{replica}",
        };
        foreach (var (connectionName, server, database) in connections)
        {
            environment[$"ConnectionStrings__{connectionName}"] = database is null
                ? server.ConnectionString
                : PostgresDatabases.ConnectionStringFor(server.ConnectionString, database);
        }

        foreach (var service in services)
        {
            for (var i = 0; i < service.Endpoints.Count; i++)
            {
                environment[$"services__{service.Name}__http__{i}"] = service.Endpoints[i].ToString().TrimEnd('/');
            }
        }

        return environment;
    }

    protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, server, database) in connections.Where(c => c.Database is not null))
        {
            await PostgresDatabases.CreateAsync(server.ConnectionString, database!, cancellationToken);
        }

        var assembly = Path.Combine(launch.OutputDirectory(project), $"{project}.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{project} is not built: run `dotnet build src/AppHost` (./run.sh does).", assembly);
        }

        for (var i = 0; i < replicaCount; i++)
        {
            processes.Add(ChildProcess.Start(InstanceName(i), "dotnet", [assembly], launch.Log, EnvironmentFor(i), launch.OutputDirectory(project)));
        }

        await Task.WhenAll(processes.Select((process, i) => WaitUntilHealthyAsync(process, i, cancellationToken)));
        return ResourceState.Healthy;
    }

    protected override async Task OnStopAsync()
    {
        await Task.WhenAll(processes.Select(process => process.StopAsync(Signals.SigTerm, StopGrace)));
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        processes.Clear();
    }

    private async Task WaitUntilHealthyAsync(ChildProcess process, int replica, CancellationToken cancellationToken)
    {
        var health = new Uri(Endpoints[replica], "/health");
        var lastReport = "";
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited || elapsed.Elapsed > StartTimeout)
            {
                var reason = process.HasExited ? "exited during start-up" : $"was not healthy after {StartTimeout.TotalSeconds:0} s";
                throw new InvalidOperationException(
                    $"{InstanceName(replica)} {reason}. Last /health: {lastReport}{Environment.NewLine}Its last output:{Environment.NewLine}{process.RecentOutput}");
            }

            try
            {
                // Healthy, not merely up (Degraded also answers 200): until its bus has bound its queues, events
                // published to the service would find no queue and be dropped.
                using var response = await probe.GetAsync(health, cancellationToken);
                lastReport = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && JsonDocument.Parse(lastReport).RootElement.GetProperty("status").GetString() == "Healthy")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}

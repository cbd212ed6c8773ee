using System.Diagnostics;
using APPlatform.AppHost.Processes;
using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// A program the AppHost runs as one or more replica processes, each given Aspire's environment contract: its URL,
/// connection strings, and services__&lt;name&gt;__http__&lt;i&gt; for every replica of every project it references.
/// Healthy when every replica answers /health.
/// </summary>
public class ExecutableResource : Resource
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    // The gateway, the services and then the servers stop one after another, each layer within its grace (3 s, 3 s,
    // at most 5 s) plus a second for the last output: a whole stop stays within 15 s.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(3);

    private readonly string command;
    private readonly IReadOnlyList<string> arguments;
    private readonly string workingDirectory;
    private readonly LaunchSettings launch;
    private readonly List<IResourceWithConnectionString> connections = [];
    private readonly List<ExecutableResource> services = [];
    private readonly List<ChildProcess> processes = [];
    private IReadOnlyList<Uri>? endpoints;
    private (string Host, int Port)? fixedEndpoint;

    internal ExecutableResource(string name, string command, IReadOnlyList<string> arguments, string workingDirectory, LaunchSettings launch)
        : base(name)
    {
        this.command = command;
        this.arguments = arguments;
        this.workingDirectory = workingDirectory;
        this.launch = launch;
    }

    public int Replicas { get; private set; } = 1;

    /// <summary>Each replica's address: a free loopback port each, chosen once, unless the address is fixed.</summary>
    public IReadOnlyList<Uri> Endpoints => endpoints ??= fixedEndpoint is var (host, port)
        ? [new Uri($"http://{host}:{FreePort.OrNext(port)}")]
        : Enumerable.Range(0, Replicas).Select(_ => new Uri($"http://127.0.0.1:{FreePort.Next()}")).ToList();

    public override string Target => string.Join(", ", Endpoints.Select(Address));

    public ExecutableResource WithReplicas(int count)
    {
        if (endpoints is not null)
        {
            throw new InvalidOperationException($"{Name}'s replicas must be set before its addresses are handed out.");
        }

        if (count < 1 || (count > 1 && fixedEndpoint is not null))
        {
            throw new ArgumentException($"{Name} can run {(fixedEndpoint is null ? "1 replica or more" : "only 1 replica: its port is fixed")}, not {count}.");
        }

        Replicas = count;
        return this;
    }

    /// <summary>A fixed address (the gateway's); port 0 picks a free one.</summary>
    public ExecutableResource WithHttpEndpoint(string host, int port)
    {
        if (Replicas > 1)
        {
            throw new ArgumentException($"{Name} runs {Replicas} replicas, so it cannot have a fixed port.");
        }

        fixedEndpoint = (host, port);
        return this;
    }

    /// <summary>ConnectionStrings__&lt;name&gt;; unlike Aspire, a reference implies WaitFor (nothing here can start without what it references).</summary>
    public ExecutableResource WithReference<T>(T resource)
        where T : Resource, IResourceWithConnectionString
    {
        connections.Add(resource);
        return WaitFor(resource);
    }

    /// <summary>
    /// services__&lt;name&gt;__http__&lt;i&gt; for every replica of <paramref name="service"/>, and start once all are
    /// healthy, unless <paramref name="waitFor"/> is false: for a service that starts later because it waits for this
    /// one, and is only called once it is up (its addresses are fixed before anything starts).
    /// </summary>
    public ExecutableResource WithReference(ExecutableResource service, bool waitFor = true)
    {
        services.Add(service);
        return waitFor ? WaitFor(service) : this;
    }

    /// <summary>Starts only once <paramref name="resource"/> is healthy.</summary>
    public ExecutableResource WaitFor(Resource resource)
    {
        AddDependency(resource);
        return this;
    }

    /// <summary>How its output is prefixed: directory, or directory-0, directory-1, ... when replicated.</summary>
    public string InstanceName(int replica) => Replicas == 1 ? Name : $"{Name}-{replica}";

    /// <summary>The environment one replica starts with (platform notes §3), besides what it inherits from the AppHost.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(int replica)
    {
        var environment = new Dictionary<string, string>(launch.SharedEnvironment)
        {
            ["ASPNETCORE_URLS"] = Address(Endpoints[replica]),
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Name}-{replica}",
        };
        foreach (var connection in connections)
        {
            environment[$"ConnectionStrings__{connection.Name}"] = connection.ConnectionString;
        }

        foreach (var service in services)
        {
            for (var i = 0; i < service.Endpoints.Count; i++)
            {
                environment[$"services__{service.Name}__http__{i}"] = Address(service.Endpoints[i]);
            }
        }

        return environment;
    }

    protected internal override void EnsureCanStart()
    {
        if (fixedEndpoint is var (host, port) && port != 0 && FreePort.IsInUse(port))
        {
            throw new InvalidOperationException(
                $"{Name} cannot listen on http://{host}:{port}: something else already uses port {port} (another ./run.sh?). " +
                "Stop it, or choose another port (./run.sh --gateway-port <port>).");
        }
    }

    protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
    {
        for (var replica = 0; replica < Replicas; replica++)
        {
            processes.Add(ChildProcess.Start(InstanceName(replica), command, arguments, launch.Log, EnvironmentFor(replica), workingDirectory));
        }

        await Task.WhenAll(processes.Select((process, replica) => WaitUntilHealthyAsync(process, replica, cancellationToken)));
        for (var replica = 0; replica < processes.Count; replica++)
        {
            var instance = InstanceName(replica);
            _ = processes[replica].Exited.ContinueWith(_ => ReportUnexpectedExit(instance), TaskScheduler.Default);
        }

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
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var (healthy, answer) = await HealthProbe.CheckAsync(Endpoints[replica], cancellationToken);
            if (healthy)
            {
                return;
            }

            if (process.HasExited || elapsed.Elapsed > StartTimeout)
            {
                var reason = process.HasExited ? "exited during start-up" : $"was not healthy after {StartTimeout.TotalSeconds:0} s";
                throw new InvalidOperationException(
                    $"{InstanceName(replica)} {reason}. Last /health: {answer}{Environment.NewLine}Its last output:{Environment.NewLine}{process.RecentOutput}");
            }

            // Probe every second, but notice an exit at once.
            await Task.WhenAny(process.Exited, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>A replica that dies once up is nothing the AppHost restarts, but the developer hears of it at once.</summary>
    private void ReportUnexpectedExit(string instance)
    {
        if (State == ResourceState.Healthy)
        {
            launch.Log.Info($"{instance} exited unexpectedly (its last output is above); the rest keeps running");
        }
    }

    private static string Address(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Authority);
}

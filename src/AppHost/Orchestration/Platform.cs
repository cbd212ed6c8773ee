using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// The running platform (Aspire's DistributedApplication): starts each resource as soon as everything it references is
/// healthy (servers first, then the databases, the services side by side, then the gateway), and stops them in the
/// reverse order. End-to-end tests drive it as Aspire.Hosting.Testing would: StartAsync, GatewayUrl, DisposeAsync.
/// </summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly IReadOnlyList<Resource> resources;
    private readonly PlatformOptions options;

    internal Platform(IReadOnlyList<Resource> resources, PlatformOptions options)
    {
        this.resources = resources;
        this.options = options;
    }

    public IReadOnlyList<Resource> Resources => resources;

    /// <summary>The gateway's address: the platform's single public entry.</summary>
    public Uri GatewayUrl => Get<ExecutableResource>(PlatformModel.Gateway).Endpoints[0];

    public static PlatformBuilder CreateBuilder(PlatformOptions options) => new(options);

    public T Get<T>(string name)
        where T : Resource =>
        resources.OfType<T>().SingleOrDefault(resource => resource.Name == name)
        ?? throw new KeyNotFoundException($"There is no {typeof(T).Name} named '{name}'.");

    /// <summary>A server's or a database's connection string, as the projects that reference it get it.</summary>
    public string GetConnectionString(string name) =>
        resources.OfType<IResourceWithConnectionString>().SingleOrDefault(resource => resource.Name == name)?.ConnectionString
        ?? throw new KeyNotFoundException($"There is no server or database named '{name}'.");

    /// <summary>
    /// Starts everything and returns once all is healthy. If anything fails, the starts still under way are cancelled,
    /// everything started is stopped, and the failure (with the failing process's last output) is thrown.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var resource in resources)
        {
            resource.EnsureCanStart();
        }

        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = new Dictionary<Resource, Task>();

        // Each resource's start task is made once and awaited by everything that depends on it. All are made before
        // the first await, on this thread, so the dictionary needs no lock.
        Task Start(Resource resource) =>
            starts.TryGetValue(resource, out var start) ? start : starts[resource] = StartAfterDependenciesAsync(resource);

        async Task StartAfterDependenciesAsync(Resource resource)
        {
            await Task.WhenAll(resource.Dependencies.Select(Start));
            try
            {
                await resource.StartAsync(failed.Token);
                options.Log.Info($"{resource.Name} is {resource.State.ToString().ToLowerInvariant()} ({resource.StartupTime?.TotalSeconds:0.0} s)");
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }

        try
        {
            await Task.WhenAll(resources.Select(Start).ToList());
        }
        catch
        {
            await StopAsync();

            // The first real failure, rather than the cancellations it caused in the starts still under way.
            var failure = starts.Values
                .Where(start => start.IsFaulted)
                .SelectMany(start => start.Exception!.InnerExceptions)
                .FirstOrDefault(exception => exception is not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
    }

    /// <summary>Stops dependants before what they depend on: the gateway, then the services, then the servers.</summary>
    public async Task StopAsync()
    {
        var elapsed = Stopwatch.StartNew();
        foreach (var layer in resources.Where(resource => resource.NeedsStopping).GroupBy(Depth).OrderByDescending(layer => layer.Key))
        {
            await Task.WhenAll(layer.Select(async resource =>
            {
                var took = Stopwatch.StartNew();
                await resource.StopAsync();
                options.Log.Info($"stopped {resource.Name} in {took.Elapsed.TotalSeconds:0.0} s");
            }));
        }

        options.Log.Info($"everything stopped in {elapsed.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// What ./run.sh does (Aspire's Run): starts everything, prints the status table, runs until
    /// <paramref name="stopping"/> is cancelled (Ctrl+C), then stops everything. Returns the process exit code.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken stopping)
    {
        try
        {
            await StartAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception exception)
        {
            options.Log.Info($"start-up failed: {exception.Message}");
            return 1;
        }

        var coldStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        options.Log.Print(StatusTable.Render(this, coldStart, options.RepositoryRoot));
        if (options.EnvFile is { } envFile)
        {
            await ServerEnvFile.WriteAsync(envFile, resources.OfType<ServerResource>());
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException)
        {
        }

        options.Log.Info("stopping...");
        await StopAsync();
        return 0;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int Depth(Resource resource) => resource.Dependencies.Count == 0 ? 0 : 1 + resource.Dependencies.Max(Depth);
}

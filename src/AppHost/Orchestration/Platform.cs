using System.Diagnostics;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// The running platform: starts each resource as soon as everything it references is healthy (servers first, then
/// the services side by side, then the gateway), and stops them in the reverse order.
/// </summary>
public sealed class Platform(IReadOnlyList<Resource> resources, OutputLog log) : IAsyncDisposable
{
    public IReadOnlyList<Resource> Resources => resources;

    public T Get<T>(string name) where T : Resource => resources.OfType<T>().Single(r => r.Name == name);

    /// <summary>Starts everything; returns once all is healthy. If anything fails, stops what started and rethrows.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var starts = new Dictionary<Resource, Task>();

        Task Start(Resource resource)
        {
            if (!starts.TryGetValue(resource, out var start))
            {
                start = starts[resource] = StartAfterDependenciesAsync(resource);
            }

            return start;
        }

        async Task StartAfterDependenciesAsync(Resource resource)
        {
            await Task.WhenAll(resource.Dependencies.Select(Start));
            log.Info($"starting {resource.Name}");
            await resource.StartAsync(cancellationToken);
            log.Info($"{resource.Name} is {resource.State.ToString().ToLowerInvariant()} ({resource.StartupTime?.TotalSeconds:0.0} s)");
        }

        try
        {
            await Task.WhenAll(resources.Select(Start));
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    /// <summary>Stops dependants before what they depend on: the gateway, then the services, then the servers.</summary>
    public async Task StopAsync()
    {
        var elapsed = Stopwatch.StartNew();
        foreach (var layer in resources.GroupBy(Depth).OrderByDescending(layer => layer.Key))
        {
            await Task.WhenAll(layer.Select(async resource =>
            {
                if (!resource.NeedsStopping)
                {
                    return;
                }

                var took = Stopwatch.StartNew();
                await resource.StopAsync();
                log.Info($"stopped {resource.Name} in {took.Elapsed.TotalSeconds:0.0} s");
            }));
        }

        log.Info($"everything stopped in {elapsed.Elapsed.TotalSeconds:0.0} s");
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int Depth(Resource resource) => resource.Dependencies.Count == 0 ? 0 : 1 + resource.Dependencies.Max(Depth);
}

using System.Diagnostics;

namespace APPlatform.AppHost.Orchestration;

/// <summary>Something the AppHost starts (or uses) for the platform: a server or a project, with what it needs first.</summary>
public abstract class Resource(string name)
{
    private readonly List<Resource> dependencies = [];

    public string Name { get; } = name;

    public ResourceState State { get; private set; } = ResourceState.Waiting;

    /// <summary>Where to reach it, for the status table (passwords masked).</summary>
    public abstract string Target { get; }

    /// <summary>From the start of its own start-up to healthy.</summary>
    public TimeSpan? StartupTime { get; private set; }

    /// <summary>Anything this AppHost started (or tried to) and has not stopped; an external server never is.</summary>
    public bool NeedsStopping => State is not (ResourceState.Waiting or ResourceState.Stopped or ResourceState.External);

    /// <summary>What must be healthy before this starts (Aspire's WaitFor).</summary>
    public IReadOnlyList<Resource> Dependencies => dependencies;

    protected void DependOn(Resource resource)
    {
        if (!dependencies.Contains(resource))
        {
            dependencies.Add(resource);
        }
    }

    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        var elapsed = Stopwatch.StartNew();
        try
        {
            State = await OnStartAsync(cancellationToken);
            StartupTime = elapsed.Elapsed;
        }
        catch
        {
            State = ResourceState.Failed;
            throw;
        }
    }

    internal async Task StopAsync()
    {
        if (!NeedsStopping)
        {
            return;
        }

        State = ResourceState.Stopping;
        await OnStopAsync();
        State = ResourceState.Stopped;
    }

    /// <summary>Starts and returns once healthy; the state it is then in.</summary>
    protected abstract Task<ResourceState> OnStartAsync(CancellationToken cancellationToken);

    protected abstract Task OnStopAsync();
}

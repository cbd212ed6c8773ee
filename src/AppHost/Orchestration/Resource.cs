using System.Diagnostics;

namespace APPlatform.AppHost.Orchestration;

/// <summary>Something the platform is made of (a server, a database, a project), with what must be healthy before it starts.</summary>
public abstract class Resource(string name)
{
    private readonly List<Resource> dependencies = [];

    public string Name { get; } = name;

    public ResourceState State { get; private set; } = ResourceState.Waiting;

    /// <summary>Where to reach it, for the status table (passwords masked).</summary>
    public abstract string Target { get; }

    /// <summary>From the start of its own start-up to healthy.</summary>
    public TimeSpan? StartupTime { get; private set; }

    /// <summary>What must be healthy before this starts (Aspire's WaitFor).</summary>
    public IReadOnlyList<Resource> Dependencies => dependencies;

    /// <summary>Anything this AppHost started (or tried to) and has not stopped yet.</summary>
    internal bool NeedsStopping => HasProcesses && State is ResourceState.Starting or ResourceState.Healthy or ResourceState.Failed;

    /// <summary>False for what the AppHost only uses or creates (an external server, a database): there is nothing to stop.</summary>
    protected virtual bool HasProcesses => true;

    /// <summary>Checked for every resource before any starts, so a mistake fails in a second, not after the servers' start-up.</summary>
    protected internal virtual void EnsureCanStart()
    {
    }

    protected void AddDependency(Resource resource)
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

    /// <summary>Starts it and returns once it is healthy, with the state it is then in.</summary>
    protected abstract Task<ResourceState> OnStartAsync(CancellationToken cancellationToken);

    protected virtual Task OnStopAsync() => Task.CompletedTask;
}

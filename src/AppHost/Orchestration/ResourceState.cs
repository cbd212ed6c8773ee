namespace APPlatform.AppHost.Orchestration;

public enum ResourceState
{
    /// <summary>Waiting for what it references to be healthy.</summary>
    Waiting,
    Starting,

    /// <summary>A server that accepts connections, a database that exists, or a project whose every replica answers /health.</summary>
    Healthy,

    /// <summary>A server this AppHost did not start (its connection string was given): it is only used.</summary>
    External,
    Stopping,
    Stopped,
    Failed,
}

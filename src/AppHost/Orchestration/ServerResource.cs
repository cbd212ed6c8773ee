using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// PostgreSQL, RabbitMQ or Redis: started from the installed binaries, or, when its connection string is configured
/// (ConnectionStrings__postgres, __messaging, __cache), an existing server the AppHost only uses.
/// </summary>
public class ServerResource : Resource, IResourceWithConnectionString
{
    private readonly ILocalServer? local;
    private readonly string? external;

    /// <summary>Exactly one of <paramref name="local"/> and <paramref name="external"/> (a connection string) is given.</summary>
    internal ServerResource(string name, ILocalServer? local, string? external)
        : base(name)
    {
        if ((local is null) == (external is null))
        {
            throw new ArgumentException($"{name} is either started here or external, not both or neither.");
        }

        this.local = local;
        this.external = external;
    }

    public string ConnectionString => external ?? local!.ConnectionString;

    public override string Target => (external is null ? "" : "external: ") + ConnectionStringMask.Apply(ConnectionString);

    protected override bool HasProcesses => local is not null;

    protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
    {
        if (local is null)
        {
            return ResourceState.External;
        }

        await local.StartAsync(cancellationToken);
        return ResourceState.Healthy;
    }

    protected override Task OnStopAsync() => local!.StopAsync();
}

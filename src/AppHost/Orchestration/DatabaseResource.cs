using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>A database on a PostgreSQL server: created (if missing) once the server is up, before anything that references it starts.</summary>
public sealed class DatabaseResource : Resource, IResourceWithConnectionString
{
    internal DatabaseResource(string name, string databaseName, ServerResource server)
        : base(name)
    {
        DatabaseName = databaseName;
        Server = server;
        AddDependency(server);
    }

    /// <summary>Its name on the server (tests sharing one server give each run its own).</summary>
    public string DatabaseName { get; }

    public ServerResource Server { get; }

    public string ConnectionString => PostgresDatabases.ConnectionStringFor(Server.ConnectionString, DatabaseName);

    public override string Target => $"{DatabaseName} on {Server.Name}";

    protected override bool HasProcesses => false;

    protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
    {
        await PostgresDatabases.CreateAsync(Server.ConnectionString, DatabaseName, cancellationToken);
        return ResourceState.Healthy;
    }
}
